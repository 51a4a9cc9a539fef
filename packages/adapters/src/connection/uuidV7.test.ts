import { uuidV7 } from './uuidV7';

const layout = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The milliseconds an id's first 48 bits give. */
const timeOf = (id: string): number => parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

const inOrder = (ids: readonly string[]): boolean => ids.every((id, i) => i === 0 || ids[i - 1]! < id);

describe('uuidV7', () => {
  afterEach(() => jest.restoreAllMocks());

  it('gives version 7, variant 1 ids that begin with the time they were made', () => {
    const before = Date.now();
    const id = uuidV7();
    const after = Date.now();
    expect(id).toMatch(layout);
    expect(timeOf(id)).toBeGreaterThanOrEqual(before);
    expect(timeOf(id)).toBeLessThanOrEqual(after);
  });

  it('gives ids that sort in the order they were made, all different, across many refills of its random bytes', () => {
    const ids = Array.from({ length: 20_000 }, uuidV7);
    expect(ids.every((id) => layout.test(id))).toBe(true);
    expect(inOrder(ids)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps that order within one millisecond, moving the time on by one when the counter runs out', () => {
    const now = Date.now() + 60_000;
    jest.spyOn(Date, 'now').mockReturnValue(now);
    const ids = Array.from({ length: 300_000 }, uuidV7);
    expect(inOrder(ids)).toBe(true);
    expect(timeOf(ids[0]!)).toBe(now);
    expect(timeOf(ids[ids.length - 1]!)).toBe(now + 1);
  });

  it('keeps the last time used, and the order, when the clock steps back', () => {
    const now = Date.now() + 120_000;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    const first = uuidV7();
    clock.mockReturnValue(now - 5_000);
    const second = uuidV7();
    expect(timeOf(second)).toBe(now);
    expect(first < second).toBe(true);
  });
});
