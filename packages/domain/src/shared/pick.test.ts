import { pick } from './pick';

describe('pick', () => {
  it('keeps only the named fields, in the order they are named', () => {
    const picked = pick({ a: 1, b: 'two', c: true }, ['c', 'a']);
    expect(picked).toEqual({ c: true, a: 1 });
    expect(Object.keys(picked)).toEqual(['c', 'a']);
  });
});
