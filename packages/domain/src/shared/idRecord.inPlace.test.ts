import { emptyIdRecord, foldingInPlace, idRecordOf, own, unheldRecord, withId, withIds } from './idRecord';

describe('id records changed inside a fold', () => {
  it('outside a fold, every change is a copy and the original is left as it was', () => {
    const original = idRecordOf([['a', 1]]);
    const changed = withId(withId(original, 'b', 2), 'c', 3);
    expect(Object.keys(original)).toEqual(['a']);
    expect(Object.keys(changed)).toEqual(['a', 'b', 'c']);
  });

  it('inside a fold, a record from before it is copied once and the copy then changes in place', () => {
    const original = idRecordOf([['a', 1]]);
    const result = foldingInPlace(() => {
      const first = withId(original, 'b', 2);
      const second = withIds(first, [['c', 3]]);
      expect(second).toBe(first);
      expect(first).not.toBe(original);
      return second;
    });
    expect(Object.keys(original)).toEqual(['a']);
    expect(Object.keys(result)).toEqual(['a', 'b', 'c']);
    expect(Object.getPrototypeOf(result)).toBeNull();
  });

  it('ownership ends with the fold: a record it handed back is copied by the next change', () => {
    const handedBack = foldingInPlace(() => withId(emptyIdRecord<number>(), 'a', 1));
    const later = foldingInPlace(() => withId(handedBack, 'b', 2));
    expect(later).not.toBe(handedBack);
    expect(own(handedBack, 'b')).toBeUndefined();
    expect(withId(handedBack, 'c', 3)).not.toBe(handedBack);
  });

  it('a fold that fails leaves no fold running behind it', () => {
    expect(() =>
      foldingInPlace(() => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    const record = idRecordOf([['a', 1]]);
    expect(withId(record, 'b', 2)).not.toBe(record);
  });

  it('given a record a decoder marked unheld, when a fold that adopts unheld records changes it, then it is changed in place, once', () => {
    const decoded = unheldRecord(idRecordOf([['a', 1]]));
    const result = foldingInPlace(() => withId(withId(decoded, 'b', 2), 'c', 3), { adoptUnheld: true });
    expect(result).toBe(decoded);
    expect(Object.keys(decoded)).toEqual(['a', 'b', 'c']);
    // Adopted once: from then on it is a record like any other, copied by the next change.
    expect(foldingInPlace(() => withId(decoded, 'd', 4), { adoptUnheld: true })).not.toBe(decoded);
  });

  it('given a record marked unheld, when a fold that was not told its state is its own changes it, then it is copied', () => {
    const decoded = unheldRecord(idRecordOf([['a', 1]]));
    const result = foldingInPlace(() => withId(decoded, 'b', 2));
    expect(result).not.toBe(decoded);
    expect(Object.keys(decoded)).toEqual(['a']);
    // Outside any fold the mark changes nothing: every change is a copy.
    const other = unheldRecord(idRecordOf([['x', 1]]));
    expect(withId(other, 'y', 2)).not.toBe(other);
    // An adopting fold inside a plain one adopts; the plain one around it copies again.
    foldingInPlace(() => {
      expect(foldingInPlace(() => withId(other, 'z', 3), { adoptUnheld: true })).toBe(other);
      expect(withId(unheldRecord(idRecordOf([['w', 1]])), 'v', 2)).not.toBe(other);
    });
  });
});
