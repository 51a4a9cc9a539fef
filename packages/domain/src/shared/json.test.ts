import * as fc from 'fast-check';
import { canonicalJson, JsonValue, validateJson } from './json';

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
