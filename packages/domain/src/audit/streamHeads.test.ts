import { anchorOf, compareWithAnchor, decodeAnchor, streamHeads } from './streamHeads';
import { monthlyReturns } from './testSupport';
import { verifyStream } from './verifyStream';

/** Jest's matcher for a message matching `pattern` (its own typing is `any`). */
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

describe('stream heads as an anchor kept outside the store', () => {
  const history = monthlyReturns(6);
  const heads = streamHeads([verifyStream(history)]);

  it('records the last version and hash of each stream', () => {
    expect(heads).toEqual({ 'partnership-stockton': { version: 6, hash: history[5]?.hash } });
  });

  it('round-trips through the anchor file format, and refuses a file that is not one', () => {
    const file = JSON.parse(
      JSON.stringify(anchorOf(heads, { takenAt: '2025-03-31T17:00:00.000Z' })),
    ) as Record<string, unknown>;
    expect(decodeAnchor(file)).toEqual({ _tag: 'Right', right: file });
    expect(decodeAnchor({ ...file, heads: { s: { version: 0, hash: 'x' } } })).toMatchObject({
      _tag: 'Left',
      left: { code: 'InvalidInput', path: ['heads', 's', 'version'] },
    });
  });

  it('given a stream that grew after the anchor, then nothing is wrong', () => {
    const grown = monthlyReturns(9);
    expect(compareWithAnchor(heads, new Map([['partnership-stockton', grown]]))).toEqual([]);
  });

  it('given a stream cut back below the anchor, then it is truncated', () => {
    expect(compareWithAnchor(heads, new Map([['partnership-stockton', history.slice(0, 4)]]))).toMatchObject([
      { kind: 'truncated-stream', streamVersion: 6, message: matching(/2 events were removed/) },
    ]);
  });

  it('given a stream whose anchored event differs, then it was rewritten', () => {
    const rewritten = monthlyReturns(6).map((e, i) => (i === 5 ? { ...e, hash: 'd'.repeat(64) } : e));
    expect(compareWithAnchor(heads, new Map([['partnership-stockton', rewritten]]))).toMatchObject([
      { kind: 'rewritten-stream', streamVersion: 6, eventId: 'partnership-stockton-event-6' },
    ]);
  });

  it('given no events for an anchored stream, then it is missing', () => {
    expect(compareWithAnchor(heads, new Map())).toMatchObject([{ kind: 'missing-stream' }]);
  });
});
