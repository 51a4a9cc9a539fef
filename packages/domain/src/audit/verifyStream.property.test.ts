import fc from 'fast-check';
import { compareWithAnchor, streamHeads } from './streamHeads';
import { explainChain, verifyStream } from './verifyStream';
import { recordedStream, spendData, tamperingOf } from './testSupport';

const streamWithTampering = fc
  .array(spendData, { minLength: 2, maxLength: 30 })
  .map((datas) => recordedStream(datas))
  .chain((events) =>
    tamperingOf(events, { movesAndRelinks: true }).map((tampering) => ({ events, tampering })),
  );

describe('any single tampering of a valid chain', () => {
  it('is reported as exactly what was done, where it was done, unless it only touched the end of the stream', () => {
    fc.assert(
      fc.property(streamWithTampering, ({ tampering }) => {
        const problems = verifyStream(tampering.events).problems;
        if (tampering.expected === null) return;
        expect(problems.map((p) => ({ kind: p.kind, version: p.streamVersion }))).toEqual([
          tampering.expected,
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('is detected by the chain or, at the end of a stream, by the heads exported before it', () => {
    fc.assert(
      fc.property(streamWithTampering, ({ events, tampering }) => {
        const anchor = streamHeads([verifyStream(events)]);
        const fromChain = verifyStream(tampering.events).problems;
        const fromAnchor = compareWithAnchor(anchor, new Map([['partnership-stockton', tampering.events]]));
        expect(fromChain.length + fromAnchor.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the one-pass check of an intact chain', () => {
  it('given any stream, tampered or not, then verification says exactly what the full explanation says', () => {
    fc.assert(
      fc.property(streamWithTampering, fc.boolean(), ({ events, tampering }, tampered) => {
        const stream = tampered ? tampering.events : events;
        expect(verifyStream(stream, 'partnership-stockton')).toEqual(
          explainChain(stream, 'partnership-stockton'),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('any valid chain', () => {
  it('verifies clean, whatever order its rows are read in', () => {
    fc.assert(
      fc.property(
        fc.array(spendData, { minLength: 0, maxLength: 30 }).map((datas) => recordedStream(datas)),
        fc.infiniteStream(fc.nat()),
        (events, ordering) => {
          const shuffled = [...events]
            .map((e) => ({ e, key: ordering.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ e }) => e);
          expect(verifyStream(shuffled).problems).toEqual([]);
        },
      ),
    );
  });
});
