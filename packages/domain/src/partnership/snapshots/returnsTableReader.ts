import { emptyIdRecord, IdRecord } from '../../shared/idRecord';
import { RecordedBy } from '../codecs';
import { ReturnState } from '../delivery/state';

/** A contract's returns read from their table, ready to be put in the contract's place. */
export interface ReadTable {
  readonly contractId: string;
  readonly returns: IdRecord<ReturnState>;
}

const allText = (u: unknown): u is string[] => Array.isArray(u) && u.every((s) => typeof s === 'string');

/**
 * The people of a section. Each is one frozen object shared by every return that names it, as the
 * frozen events a fold reads share theirs: a person in a state is a value, never changed in place.
 */
const peopleOf = (texts: string[], rows: unknown): RecordedBy[] | string => {
  if (!Array.isArray(rows) || rows.length % 4 !== 0) return 'expected four numbers for each person';
  const people: RecordedBy[] = [];
  for (let i = 0; i < rows.length; i += 4) {
    const [id, role, organisation, name] = rows.slice(i, i + 4).map((n: unknown) => textOrNone(texts, n));
    if (typeof id !== 'string' || typeof role !== 'string' || organisation === null || name === null)
      return `person ${i / 4} does not point at its texts`;
    const person: RecordedBy = { id, role };
    if (organisation !== undefined) person.organisation = organisation;
    if (name !== undefined) person.name = name;
    people.push(Object.freeze(person));
  }
  return people;
};

/** The text at index `n`, undefined for -1, null when `n` points nowhere. */
const textOrNone = (texts: string[], n: unknown): string | undefined | null =>
  n === -1 ? undefined : typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < texts.length ? texts[n]! : null;

/** Most returns were never corrected: they share one empty list, frozen like the people. */
const uncorrected: RecordedBy[] = Object.freeze([]) as unknown as RecordedBy[];

/**
 * Reads one table's numbers into a record of returns without a prototype, checking each number as
 * it is read; a number out of place stops the read, and the reason names the return.
 */
const readTable = (
  texts: string[],
  people: RecordedBy[],
  ids: unknown[],
  numbers: unknown[],
): IdRecord<ReturnState> | string => {
  const returns = emptyIdRecord<ReturnState>();
  let k = 0;
  let bad = false;
  const index = (limit: number): number => {
    const n = numbers[k++];
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < limit) return n;
    bad = true;
    return 0;
  };
  const text = (): string => texts[index(texts.length)]!;
  const person = (): RecordedBy => people[index(people.length)]!;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (typeof id !== 'string') return `return ${i} has no id`;
    const submittedBy = person();
    const submittedOn = text();
    const measures = new Array<ReturnState['measures'][number]>(index(numbers.length));
    for (let m = 0; m < measures.length && !bad; m++) {
      const kpiId = text();
      const actual = numbers[k++];
      if (typeof actual !== 'number' || !Number.isFinite(actual)) bad = true;
      measures[m] = { kpiId, actual: actual as number, rag: text() as ReturnState['measures'][number]['rag'] };
    }
    const corrections = bad ? 0 : index(numbers.length);
    const correctedBy = corrections === 0 ? uncorrected : new Array<RecordedBy>(corrections);
    for (let c = 0; c < corrections && !bad; c++) correctedBy[c] = person();
    const approvedOn = numbers[k] === -1 ? null : text();
    if (approvedOn === null) k++;
    if (bad) return `return ${JSON.stringify(id)} does not fit its table`;
    returns[id] = {
      submittedBy: submittedBy as ReturnState['submittedBy'],
      submittedOn,
      measures,
      correctedBy: correctedBy as ReturnState['correctedBy'],
      approvedOn,
    };
  }
  if (k !== numbers.length) return 'numbers are left over after the last return';
  // Counted once at the end rather than looked up before every entry: a record is its ids' count.
  return Object.keys(returns).length === ids.length ? returns : 'a return id appears twice';
};

/** The tables of a section written by `returnsSectionWriter`, or why they cannot be read. */
export const readReturnsSection = (u: unknown): ReadTable[] | string => {
  if (!Array.isArray(u) || u.length !== 3) return 'expected [texts, people, tables]';
  const [texts, rows, tables] = u as unknown[];
  if (!allText(texts)) return 'expected a list of texts';
  const people = peopleOf(texts, rows);
  if (typeof people === 'string') return people;
  if (!Array.isArray(tables)) return 'expected a list of tables';
  const read: ReadTable[] = [];
  for (const table of tables as unknown[]) {
    if (!Array.isArray(table) || table.length !== 3) return 'expected a table [contractId, ids, numbers]';
    const [contractId, ids, numbers] = table as unknown[];
    if (typeof contractId !== 'string' || !Array.isArray(ids) || !Array.isArray(numbers))
      return 'expected a table [contractId, ids, numbers]';
    const returns = readTable(texts, people, ids, numbers);
    if (typeof returns === 'string') return `the returns of contract ${JSON.stringify(contractId)}: ${returns}`;
    read.push({ contractId, returns });
  }
  return read;
};
