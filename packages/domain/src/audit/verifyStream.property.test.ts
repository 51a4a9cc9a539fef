import fc from 'fast-check';
import { compareWithAnchor, streamHeads } from './streamHeads';
import { verifyStream } from './verifyStream';
import {
  deleteAndRenumber,
  deleteRow,
  editActor,
  editData,
  insertAndRenumber,
  insertBeside,
  moveToEnd,
  overwriteHash,
  recordedStream,
  relinkAndRehash,
  rewriteAndRehash,
  swapVersions,
  Tampering,
} from './testSupport';
import { RecordedEvent } from '../eventstore/envelope';

const spendData = fc.record({ month: fc.integer({ min: 1, max: 120 }), spendPence: fc.nat() });

/** Any single edit an attacker with write access to the events table could make to one stream. */
const tamperingOf = (events: RecordedEvent[]): fc.Arbitrary<Tampering> => {
  const n = events.length;
  const version = fc.integer({ min: 1, max: n });
  return fc.oneof(
    version.map((v) => editData(events, v)),
    version.map((v) => editActor(events, v)),
    version.map((v) => overwriteHash(events, v)),
    version.map((v) => rewriteAndRehash(events, v)),
    version.map((v) => deleteRow(events, v)),
    version.map((v) => deleteAndRenumber(events, v)),
    fc.tuple(version, fc.boolean()).map(([v, sealed]) => insertBeside(events, v, sealed)),
    fc.tuple(version, fc.boolean()).map(([v, sealed]) => insertAndRenumber(events, v, sealed)),
    fc
      .tuple(version, version)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => swapVersions(events, a, b)),
    fc.tuple(version, fc.integer({ min: 1, max: 5 })).map(([v, beyond]) => moveToEnd(events, v, beyond)),
    fc
      .tuple(version, version)
      .filter(([v, target]) => target !== v && target !== v - 1)
      .map(([v, target]) => relinkAndRehash(events, v, target)),
  );
};

const streamWithTampering = fc
  .array(spendData, { minLength: 2, maxLength: 30 })
  .map((datas) => recordedStream(datas))
  .chain((events) => tamperingOf(events).map((tampering) => ({ events, tampering })));

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
