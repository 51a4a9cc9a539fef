import fc from 'fast-check';
import { checkInput, defaultInputLimits, inputLimits } from './limits';

/** The refusal's path and message, or 'accepted'. */
const verdict = (value: unknown, base: readonly string[] = ['events', '0']) => {
  const checked = checkInput(
    value,
    inputLimits({ maxDepth: 4, maxStringLength: 20, maxPayloadSize: 200 }),
    base,
  );
  return checked._tag === 'Right' ? 'accepted' : { path: checked.left.path, message: checked.left.message };
};

describe('untrusted input checked against the limits', () => {
  it('given plain JSON within the limits, then it is accepted as it is', () => {
    expect(verdict({ data: { amounts: [1, 2.5, null, true], note: 'é 😀' }, missing: undefined })).toBe(
      'accepted',
    );
  });

  it('given a value that cannot be stored deep inside, then the refusal names its whole path', () => {
    expect(verdict({ data: { amounts: [1, Number.NaN] } })).toEqual({
      path: ['events', '0', 'data', 'amounts', '1'],
      message: expect.stringMatching(/the number NaN cannot be stored as JSON/) as unknown,
    });
    expect(verdict({ data: { note: 'a\u0000b' } })).toMatchObject({ path: ['events', '0', 'data', 'note'] });
    expect(verdict({ data: { note: 'half \ud800 a pair' } })).toMatchObject({
      path: ['events', '0', 'data', 'note'],
      message: expect.stringMatching(/surrogate/) as unknown,
    });
    expect(verdict({ data: { list: [1, undefined] } })).toMatchObject({
      path: ['events', '0', 'data', 'list', '1'],
      message: 'undefined cannot be stored in a list',
    });
  });

  it('given a getter, a key that cannot be stored or a class instance, then the refusal names where', () => {
    const withGetter = { data: Object.defineProperty({}, 'total', { get: () => 1, enumerable: true }) };
    expect(verdict(withGetter)).toMatchObject({ path: ['events', '0', 'data', 'total'] });
    expect(verdict({ data: { ['k\u0000']: 1 } })).toMatchObject({ path: ['events', '0', 'data', 'k\u0000'] });
    expect(verdict({ data: { when: new Date(0) } })).toMatchObject({
      path: ['events', '0', 'data', 'when'],
      message: 'a Date instance is not plain data',
    });
  });

  it('given a cycle, too deep a nesting, too long a text or too large a value, then each is refused where it is', () => {
    const cyclic: Record<string, unknown> = { a: {} };
    (cyclic['a'] as Record<string, unknown>)['back'] = cyclic;
    expect(verdict(cyclic)).toMatchObject({ path: ['events', '0', 'a', 'back'] });
    expect(verdict({ a: { b: { c: { d: { e: 1 } } } } })).toMatchObject({
      path: ['events', '0', 'a', 'b', 'c', 'd'],
    });
    expect(verdict({ a: 'x'.repeat(21) })).toMatchObject({ path: ['events', '0', 'a'] });
    expect(verdict({ a: Array.from({ length: 30 }, () => 'abcdefgh') })).toMatchObject({
      message: 'input larger than the limit of 200 characters as JSON',
    });
  });

  it('given a shared (not cyclic) object twice, then it is accepted', () => {
    const shared = { x: 1 };
    expect(verdict({ a: shared, b: shared })).toBe('accepted');
  });

  it('given any JSON value, then it is accepted; with one value no store can keep put anywhere in it, then that place is named', () => {
    const bad = fc.constantFrom<unknown>(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      'a\u0000b',
      'half \ud800',
      10n,
      () => 1,
      new Date(0),
    );
    // A path into the value: at each step, one of the keys or indexes of what is there.
    const placed = fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.array(fc.nat(), { maxLength: 5 }), bad);
    fc.assert(
      fc.property(placed, ([json, steps, badValue]) => {
        expect(checkInput(json, defaultInputLimits, ['input'])).toEqual({ _tag: 'Right', right: json });
        // A copy made in this realm (structuredClone would make objects of another prototype under Jest).
        const root: { value: unknown } = { value: JSON.parse(JSON.stringify(json)) as unknown };
        let holder: Record<string, unknown> | unknown[] = root;
        let key = 'value';
        const path: string[] = [];
        for (const step of steps) {
          const here = holder[key];
          if (typeof here !== 'object' || here === null) break;
          const keys = Object.keys(here);
          if (keys.length === 0) break;
          holder = here as Record<string, unknown>;
          key = keys[step % keys.length]!;
          path.push(key);
        }
        holder[key] = badValue;
        const checked = checkInput(root.value, defaultInputLimits, ['input']);
        expect(checked).toMatchObject({
          _tag: 'Left',
          left: { code: 'InvalidInput', path: ['input', ...path] },
        });
      }),
    );
  });
});
