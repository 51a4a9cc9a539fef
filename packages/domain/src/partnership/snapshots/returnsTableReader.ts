import { IdRecord, unheldRecord } from '../../shared/idRecord';
import { lazyIdRecord } from '../../shared/lazyIdRecord';
import { readIdPositions } from './returnIdRuns';
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
  n === -1 ? undefined : isIndex(n, texts.length) ? texts[n]! : null;

/** Whether `n` is a whole number from 0 to below `limit`: an index into a list that long. */
const isIndex = (n: unknown, limit: number): n is number =>
  typeof n === 'number' && n >= 0 && n < limit && Math.floor(n) === n;

type Measure = ReturnState['measures'][number];

/** A shape read: all of a return but its actuals, shared (frozen) by every return of that shape. */
interface Shape {
  readonly submittedBy: ReturnState['submittedBy'];
  readonly submittedOn: string;
  readonly kpiIds: readonly string[];
  readonly rags: readonly Measure['rag'][];
  readonly correctedBy: ReturnState['correctedBy'];
  readonly approvedOn: string | null;
}

/** One shape's numbers (see `returnsSectionWriter`) read and checked, or null when they do not fit. */
const shapeOf = (texts: string[], people: RecordedBy[], row: unknown): Shape | null => {
  if (!Array.isArray(row)) return null;
  const numbers = row as unknown[];
  const [by, on, count] = numbers;
  if (!isIndex(by, people.length) || !isIndex(on, texts.length) || !isIndex(count, numbers.length))
    return null;
  const kpiIds: string[] = [];
  const rags: Measure['rag'][] = [];
  let k = 3;
  for (let m = 0; m < count; m++, k += 2) {
    const [kpiId, rag] = [numbers[k], numbers[k + 1]];
    if (!isIndex(kpiId, texts.length) || !isIndex(rag, texts.length)) return null;
    kpiIds.push(texts[kpiId]!);
    rags.push(texts[rag] as Measure['rag']);
  }
  const corrections = numbers[k++];
  if (!isIndex(corrections, numbers.length)) return null;
  const correctedBy: RecordedBy[] = [];
  for (let c = 0; c < corrections; c++) {
    const who = numbers[k++];
    if (!isIndex(who, people.length)) return null;
    correctedBy.push(people[who]!);
  }
  const approved = numbers[k++];
  if ((approved !== -1 && !isIndex(approved, texts.length)) || k !== numbers.length) return null;
  return {
    submittedBy: people[by]!,
    submittedOn: texts[on]!,
    kpiIds,
    rags,
    correctedBy: Object.freeze(correctedBy),
    approvedOn: approved === -1 ? null : texts[approved]!,
  };
};

const unfit = (i: number): string => `return ${i} does not fit its table`;

/**
 * Reads one table into a record of returns without a prototype. Every number is checked here, as
 * it is read, and a number out of place stops the read with a reason naming the return; but a
 * return's objects are made only when the return is first read (see `lazyIdRecord`), since a cold
 * start reads a handful of the thousands a long partnership holds. One loop with no calls: it runs
 * once per cold start, mostly before the engine has optimised it.
 */
const readTable = (shapes: Shape[], written: unknown, numbers: unknown[]): IdRecord<ReturnState> | string => {
  const positions = readIdPositions(written, numbers.length);
  if (typeof positions === 'string') return positions;
  // Where each return's numbers start: its shape's index, then its actuals.
  const starts = new Int32Array(positions.count);
  const s = shapes.length;
  let k = 0;
  for (let i = 0; i < positions.count; i++) {
    starts[i] = k;
    const at = numbers[k++];
    if (!(typeof at === 'number' && at >= 0 && at < s && Math.floor(at) === at)) return unfit(i);
    const end = k + shapes[at]!.kpiIds.length;
    if (end > numbers.length) return unfit(i);
    for (; k < end; k++) {
      const actual = numbers[k];
      if (typeof actual !== 'number' || !Number.isFinite(actual)) return unfit(i);
    }
  }
  if (k !== numbers.length) return 'numbers are left over after the last return';
  const returnAt = (i: number): ReturnState => {
    let n = starts[i]!;
    const shape = shapes[numbers[n++] as number]!;
    const measures = shape.kpiIds.map((kpiId, m) => ({
      kpiId,
      actual: numbers[n + m] as number,
      rag: shape.rags[m]!,
    }));
    return {
      submittedBy: shape.submittedBy,
      submittedOn: shape.submittedOn,
      measures,
      correctedBy: shape.correctedBy,
      approvedOn: shape.approvedOn,
    };
  };
  // Handed to the handler's first fold after the snapshot, which adds returns to it in place.
  return unheldRecord(lazyIdRecord(positions, returnAt));
};

/** The tables of a section written by `returnsSectionWriter`, or why they cannot be read. */
export const readReturnsSection = (u: unknown): ReadTable[] | string => {
  if (!Array.isArray(u) || u.length !== 4) return 'expected [texts, people, shapes, tables]';
  const [texts, rows, shapeRows, tables] = u as unknown[];
  if (!allText(texts)) return 'expected a list of texts';
  const people = peopleOf(texts, rows);
  if (typeof people === 'string') return people;
  if (!Array.isArray(shapeRows)) return 'expected a list of shapes';
  const shapes: Shape[] = [];
  for (const row of shapeRows as unknown[]) {
    const shape = shapeOf(texts, people, row);
    if (shape === null) return `shape ${shapes.length} does not point at its texts and people`;
    shapes.push(shape);
  }
  if (!Array.isArray(tables)) return 'expected a list of tables';
  const read: ReadTable[] = [];
  for (const table of tables as unknown[]) {
    if (!Array.isArray(table) || table.length !== 3) return 'expected a table [contractId, ids, numbers]';
    const [contractId, ids, numbers] = table as unknown[];
    if (typeof contractId !== 'string' || !Array.isArray(numbers))
      return 'expected a table [contractId, ids, numbers]';
    const returns = readTable(shapes, ids, numbers);
    if (typeof returns === 'string')
      return `the returns of contract ${JSON.stringify(contractId)}: ${returns}`;
    read.push({ contractId, returns });
  }
  return read;
};
