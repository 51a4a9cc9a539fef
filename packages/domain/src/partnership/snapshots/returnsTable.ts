import { JsonValue } from '../../shared/json';
import { RecordedBy } from '../codecs';
import { ReturnState } from '../delivery/state';

/**
 * A contract's performance returns as a snapshot writes them. They are most of a long partnership's
 * state (every return stays, since it can still be corrected), so they are not written as a tagged
 * tree but as flat lists of numbers: every text (a date, a KPI id, a RAG rating) and every person
 * once for the whole snapshot, and each return as numbers pointing into them.
 *
 * The section is `[texts, people, tables]`: `people` holds four numbers a person (id, role,
 * organisation, name: an index into `texts`, -1 for a field the person does not have), and each
 * table is `[contractId, returnIds, numbers]`, where the numbers of one return are: who submitted it,
 * its submission date, its measures' count then each measure's KPI id, actual and RAG rating, the
 * count of those who corrected it then each of them, and its approval date (-1 when not approved).
 *
 * Only returns of exactly this shape are written so; a contract with any other return keeps its
 * returns in the tree, so what is read back always equals what was written.
 */
export type ReturnsSection = [string[], number[], [string, string[], number[]][]];

type Plain = Record<string, unknown>;

const isPlain = (u: unknown): u is Plain =>
  typeof u === 'object' && u !== null && Object.getPrototypeOf(u) === Object.prototype;

const isPerson = (u: unknown): u is RecordedBy => {
  if (!isPlain(u) || typeof u['id'] !== 'string' || typeof u['role'] !== 'string') return false;
  for (const key of Object.keys(u)) {
    const known = key === 'id' || key === 'role' || key === 'organisation' || key === 'name';
    if (!known || typeof u[key] !== 'string') return false;
  }
  return Object.hasOwn(u, 'id') && Object.hasOwn(u, 'role');
};

/** A number JSON gives back as it was written (not -0, NaN or an infinity). */
const isJsonNumber = (u: unknown): u is number =>
  typeof u === 'number' && Number.isFinite(u) && !Object.is(u, -0);

const isMeasure = (u: unknown): boolean =>
  isPlain(u) &&
  Object.keys(u).length === 3 &&
  typeof u['kpiId'] === 'string' &&
  isJsonNumber(u['actual']) &&
  typeof u['rag'] === 'string';

const fitsTable = (u: unknown): u is ReturnState =>
  isPlain(u) &&
  Object.keys(u).length === 5 &&
  isPerson(u['submittedBy']) &&
  typeof u['submittedOn'] === 'string' &&
  Array.isArray(u['measures']) &&
  u['measures'].every(isMeasure) &&
  Array.isArray(u['correctedBy']) &&
  u['correctedBy'].every(isPerson) &&
  (u['approvedOn'] === null || typeof u['approvedOn'] === 'string');

/** The returns of a contract's record, when every one of them fits a table; else null. */
const tabled = (returns: unknown): [string, ReturnState][] | null => {
  if (typeof returns !== 'object' || returns === null || Object.getPrototypeOf(returns) !== null) return null;
  const entries = Object.entries(returns as Record<string, unknown>);
  return entries.length > 0 && entries.every(([, r]) => fitsTable(r))
    ? (entries as [string, ReturnState][])
    : null;
};

/** Collects the tables of one snapshot, sharing one list of texts and people between them. */
export const returnsSectionWriter = () => {
  const texts: string[] = [];
  const textAt = new Map<string, number>();
  const people: number[] = [];
  const personAt = new Map<string, number>();
  const tables: [string, string[], number[]][] = [];
  const text = (s: string): number => {
    let at = textAt.get(s);
    if (at === undefined) {
      at = texts.push(s) - 1;
      textAt.set(s, at);
    }
    return at;
  };
  const person = (p: RecordedBy): number => {
    const row = [text(p.id), text(p.role)];
    row.push(p.organisation === undefined ? -1 : text(p.organisation));
    row.push(p.name === undefined ? -1 : text(p.name));
    const key = row.join(' ');
    let at = personAt.get(key);
    if (at === undefined) {
      at = people.push(...row) / 4 - 1;
      personAt.set(key, at);
    }
    return at;
  };
  return {
    /** Writes the contract's returns as a table and says so; false leaves them to the tree. */
    add: (contractId: string, returns: unknown): boolean => {
      const entries = tabled(returns);
      if (entries === null) return false;
      const numbers: number[] = [];
      for (const [, r] of entries) {
        numbers.push(person(r.submittedBy), text(r.submittedOn), r.measures.length);
        for (const m of r.measures) numbers.push(text(m.kpiId), m.actual, text(m.rag));
        numbers.push(r.correctedBy.length, ...r.correctedBy.map(person));
        numbers.push(r.approvedOn === null ? -1 : text(r.approvedOn));
      }
      tables.push([contractId, entries.map(([id]) => id), numbers]);
      return true;
    },
    section: (): JsonValue => [texts, people, tables],
  };
};
