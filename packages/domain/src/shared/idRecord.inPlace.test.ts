import { emptyIdRecord, foldingInPlace, idRecordOf, own, withId, withIds } from './idRecord';

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
});
