import fc from 'fast-check';
import { copyIdRecord, emptyIdRecord, foldingInPlace, own, unheldRecord, withId } from './idRecord';
import { copyOfLazyIdRecord, idPositionsOf, lazyIdRecord } from './lazyIdRecord';

interface Entry {
  readonly at: number;
}

/** A lazy record of `ids`, with a count of the entries it made. */
const counted = (ids: readonly string[]) => {
  let made = 0;
  const record = lazyIdRecord<Entry>(idPositionsOf(new Map(ids.map((id, at) => [id, at]))), (at) => {
    made += 1;
    return { at };
  });
  return { record, made: () => made };
};

/** The plain record a lazy one stands for: the same entries, written in the same order. */
const plain = (ids: readonly string[]): Record<string, Entry> => {
  const record = emptyIdRecord<Entry>();
  ids.forEach((id, at) => (record[id] = { at }));
  return record;
};

const thousand = Array.from({ length: 1000 }, (_, i) => `return-${i + 1}`);

describe('a lazy id record: entries made when first read', () => {
  it('given a thousand ids, when one is read, then one entry is made, once', () => {
    const { record, made } = counted(thousand);
    expect(made()).toBe(0);
    expect(own(record, 'return-7')).toEqual({ at: 6 });
    expect(record['return-7']).toBe(own(record, 'return-7'));
    expect(made()).toBe(1);
    expect('return-8' in record && Object.hasOwn(record, 'return-9')).toBe(true);
    expect(made()).toBe(2); // `in` needs no entry; Object.hasOwn asks for the property, so makes it
  });

  it('given ids no entry has, when read, then nothing is there and nothing is made', () => {
    const { record, made } = counted(thousand);
    for (const id of ['return-0', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect([own(record, id), id in record, record[id]]).toEqual([undefined, false, undefined]);
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(made()).toBe(0);
  });

  it('when its keys are listed, then every entry is made and they come in the order of a plain record', () => {
    const ids = ['b', '10', 'a', '2', '__proto__', '01'];
    const { record, made } = counted(ids);
    record['z'] = { at: 99 };
    record['1'] = { at: 98 };
    const expected = plain(ids);
    expected['z'] = { at: 99 };
    expected['1'] = { at: 98 };
    expect(Object.keys(record)).toEqual(Object.keys(expected));
    expect(Object.keys(record)).toEqual(['1', '2', '10', 'b', 'a', '__proto__', '01', 'z']);
    expect(made()).toBe(ids.length);
    expect(JSON.stringify(record)).toBe(JSON.stringify(expected));
  });

  it('given a copy, when the copy is changed, then the original is not, and the copy makes only what it is asked for', () => {
    const { record, made } = counted(thousand);
    expect(record['return-1']).toEqual({ at: 0 });
    const copy = copyIdRecord(record);
    expect(copyOfLazyIdRecord(copy)).not.toBeNull();
    copy['return-2'] = { at: -2 };
    delete copy['return-3'];
    expect([record['return-2'], record['return-3'], copy['return-2'], own(copy, 'return-3')]).toEqual([
      { at: 1 },
      { at: 2 },
      { at: -2 },
      undefined,
    ]);
    expect(copy['return-1']).toBe(record['return-1']);
    expect(made()).toBe(3);
    expect(Object.keys(copy)).toHaveLength(999);
    expect(Object.keys(record)).toHaveLength(1000);
  });

  it('given a lazy record a decoder marked unheld, when a fold that adopts it adds to it, then it is changed in place and stays lazy', () => {
    const { record, made } = counted(thousand);
    const decoded = unheldRecord(record);
    const folded = foldingInPlace(() => withId(decoded, 'return-1001', { at: 1000 }), { adoptUnheld: true });
    expect(folded).toBe(decoded);
    // A later fold copies it, as any record it does not own, and the copy is lazy too.
    const later = foldingInPlace(() => withId(folded, 'return-1002', { at: 1001 }));
    expect(later).not.toBe(folded);
    expect([own(folded, 'return-1002'), own(later, 'return-1001')]).toEqual([undefined, { at: 1000 }]);
    expect(made()).toBe(0);
  });

  it('when frozen, then every entry is kept, made first', () => {
    const { record } = counted(['a', 'b']);
    Object.freeze(record);
    expect(Object.isFrozen(record)).toBe(true);
    expect(record).toEqual(plain(['a', 'b']));
  });

  it('is not a plain record an other copy takes for lazy', () => {
    expect(copyOfLazyIdRecord(plain(['a']))).toBeNull();
  });
});

/** What can be done to a record, applied alike to a lazy one and to the plain one it stands for. */
type Step =
  | { readonly kind: 'read' | 'has' | 'own' | 'delete'; readonly id: string }
  | { readonly kind: 'write'; readonly id: string; readonly at: number }
  | { readonly kind: 'keys' | 'copy' };

const idArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', '0', '1', '07', '42', 'a', 'b'),
  fc.string({ maxLength: 4 }),
);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('read' as const, 'has' as const, 'own' as const, 'delete' as const),
    id: idArb,
  }),
  fc.record({ kind: fc.constant('write' as const), id: idArb, at: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ kind: fc.constantFrom('keys' as const, 'copy' as const) }),
);

/** What a step answers on a record; a copy step hands on the copy, leaving the original to be checked too. */
const apply = (
  record: Record<string, Entry>,
  step: Step,
): { answer: unknown; next: Record<string, Entry> } => {
  switch (step.kind) {
    case 'read':
      return { answer: record[step.id], next: record };
    case 'has':
      return { answer: step.id in record, next: record };
    case 'own':
      return { answer: [Object.hasOwn(record, step.id), own(record, step.id)], next: record };
    case 'delete':
      return { answer: delete record[step.id], next: record };
    case 'write':
      record[step.id] = { at: step.at };
      return { answer: undefined, next: record };
    case 'keys':
      return { answer: Object.keys(record), next: record };
    case 'copy':
      return { answer: undefined, next: copyIdRecord(record) };
  }
};

describe('a lazy id record behaves as the plain record of the same entries', () => {
  it('under any steps: the same answers, the same keys in the same order, and copies that leave their originals as they were', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(idArb, { maxLength: 12 }),
        fc.array(stepArb, { maxLength: 30 }),
        (ids, steps) => {
          let [lazy, model] = [counted(ids).record, plain(ids)];
          const originals: [Record<string, Entry>, Record<string, Entry>][] = [];
          for (const step of steps) {
            const [a, b] = [apply(lazy, step), apply(model, step)];
            expect(a.answer).toEqual(b.answer);
            if (step.kind === 'copy') originals.push([lazy, model]);
            [lazy, model] = [a.next, b.next];
          }
          originals.push([lazy, model]);
          for (const [l, m] of originals) {
            expect(Object.keys(l)).toEqual(Object.keys(m));
            expect(JSON.stringify(l)).toBe(JSON.stringify(m));
            expect(Object.getPrototypeOf(l)).toBeNull();
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
