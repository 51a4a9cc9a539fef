import * as fc from 'fast-check';
import { canonicalJson, JsonValue, parseJsonText, validateJson } from './json';

describe('JSON that can be stored', () => {
  it.each([
    [{ a: undefined }, ['a']],
    [{ a: [1, Number.POSITIVE_INFINITY] }, ['a', '1']],
    [{ when: new Date(0) }, ['when']],
    [{ f: () => 1 }, ['f']],
    [{ n: BigInt(1) }, ['n']],
    [{ note: 'a\u0000b' }, ['note']],
    [{ lines: ['ok', '\ud800'] }, ['lines', '1']],
    [{ ['key\u0000']: 1 }, ['key\u0000']],
  ])('refuses %p at its path', (value, path) => {
    expect(validateJson(value)).toMatchObject({ _tag: 'Left', left: { code: 'InvalidInput', path } });
  });

  it('gives the same canonical text whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reordered = JSON.parse(JSON.stringify(value, (_k, v) => reorder(v))) as JsonValue;
        expect(canonicalJson(reordered)).toBe(canonicalJson(value as JsonValue));
        expect(JSON.parse(canonicalJson(value as JsonValue))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('the canonical text of a value read back from canonical text', () => {
  // A store writes canonical JSON and parses it back on reading; encoding what it read must give the
  // very bytes it wrote, or every intact event would fail verification.
  it('is the text it was read from, and keys are sorted at every depth as a plain sort orders them', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value as JsonValue);
        expect(canonicalJson(JSON.parse(text) as JsonValue)).toBe(text);
        expect(text).toBe(sortedByHand(value));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts integer-like keys as text, not in the order objects keep them', () => {
    expect(canonicalJson({ 2: 'b', 10: 'a', x: [{ b: 1, a: 2 }] })).toBe(
      '{"10":"a","2":"b","x":[{"a":2,"b":1}]}',
    );
  });
});

/** The canonical encoding written the simplest way, to hold the fast one to. */
const sortedByHand = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(sortedByHand).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedByHand(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

describe('the canonical encoding of an object with optional fields left undefined', () => {
  it('leaves them out as JSON.stringify does, so the text is JSON and reads back to what it hashed', () => {
    const actor = { role: 'auditor', id: 'a-1', name: undefined, organisation: 'Council' };
    const text = canonicalJson(actor as unknown as JsonValue);
    expect(text).toBe('{"id":"a-1","organisation":"Council","role":"auditor"}');
    expect(canonicalJson(JSON.parse(JSON.stringify(actor)) as JsonValue)).toBe(text);
    expect(canonicalJson({ only: undefined } as unknown as JsonValue)).toBe('{}');
  });
});

const reorder = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).reverse())
    : value;

describe('JSON text parsed without throwing', () => {
  it('gives the value, or why the text is not JSON', () => {
    expect(parseJsonText('{"a":[1,null]}')).toEqual({ _tag: 'Right', right: { a: [1, null] } });
    const broken = parseJsonText('{"a":');
    expect(broken._tag).toBe('Left');
    if (broken._tag === 'Left') expect(broken.left).toMatch(/JSON/);
  });
});
