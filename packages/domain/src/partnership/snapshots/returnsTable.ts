import { JsonValue } from '../../shared/json';
import { RecordedBy } from '../codecs';
import { ReturnState } from '../delivery/state';
import { isPlainObject, isRecordWithoutPrototype } from './plainValues';
import { writeIds, WrittenIds } from './returnIdRuns';

/**
 * A contract's performance returns as a snapshot writes them. They are most of a long partnership's
 * state (every return stays, since it can still be corrected), so they are not written as a tagged
 * tree but as flat lists of numbers: every text (a date, a KPI id, a RAG rating) and every person
 * once for the whole snapshot, every shape of return once, and each return as its shape and actuals.
 *
 * The section is `[texts, people, shapes, tables]`. `people` holds four numbers a person (id, role,
 * organisation, name: an index into `texts`, -1 for a field the person does not have). A shape is
 * everything in a return but its measures' actuals: who submitted it, its submission date, its
 * measures' count then each measure's KPI id and RAG rating, the count of those who corrected it
 * then each of them, and its approval date (-1 when not approved). Returns of one period, submitted
 * by one person on one date, share a handful of shapes. Each table is `[contractId, returnIds,
 * numbers]`, the ids in runs where they are numbered one after another (see `writeIds`), the
 * numbers of one return being its shape's index then its measures' actuals.
 *
 * Only returns of exactly this shape are written so; a contract with any other return keeps its
 * returns in the tree, so what is read back always equals what was written.
 */
export type ReturnsSection = [string[], number[], number[][], [string, WrittenIds, number[]][]];

const isPerson = (u: unknown): u is RecordedBy => {
  if (!isPlainObject(u) || typeof u['id'] !== 'string' || typeof u['role'] !== 'string') return false;
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
  isPlainObject(u) &&
  Object.keys(u).length === 3 &&
  typeof u['kpiId'] === 'string' &&
  isJsonNumber(u['actual']) &&
  typeof u['rag'] === 'string';

const fitsTable = (u: unknown): u is ReturnState =>
  isPlainObject(u) &&
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
  if (!isRecordWithoutPrototype(returns)) return null;
  const entries = Object.entries(returns);
  return entries.length > 0 && entries.every(([, r]) => fitsTable(r))
    ? (entries as [string, ReturnState][])
    : null;
};

/** Collects the tables of one snapshot, sharing one list of texts, people and shapes between them. */
export const returnsSectionWriter = () => {
  const texts: string[] = [];
  const people: number[] = [];
  const shapes: number[][] = [];
  const tables: [string, WrittenIds, number[]][] = [];
  const textAt = new Map<string, number>();
  const personAt = new Map<string, number>();
  const shapeAt = new Map<string, number>();
  /** The index of `item` in `list` (items told apart by `key`), added when it is new. */
  const once = <A>(at: Map<string, number>, list: A[], key: string, item: A): number => {
    let i = at.get(key);
    if (i === undefined) {
      i = list.push(item) - 1;
      at.set(key, i);
    }
    return i;
  };
  const text = (s: string): number => once(textAt, texts, s, s);
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
        const shape = [person(r.submittedBy), text(r.submittedOn), r.measures.length];
        for (const m of r.measures) shape.push(text(m.kpiId), text(m.rag));
        shape.push(r.correctedBy.length, ...r.correctedBy.map(person));
        shape.push(r.approvedOn === null ? -1 : text(r.approvedOn));
        numbers.push(once(shapeAt, shapes, shape.join(' '), shape), ...r.measures.map((m) => m.actual));
      }
      tables.push([contractId, writeIds(entries.map(([id]) => id)), numbers]);
      return true;
    },
    section: (): JsonValue => [texts, people, shapes, tables],
  };
};
