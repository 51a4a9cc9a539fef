import fc from 'fast-check';
import { RecordedEvent } from '../eventstore/envelope';
import { createChainWatch } from './chainWatch';
import { deleteRow, editData, monthlyReturns, relinkAndRehash, tamperingOf } from './testSupport';
import { verifyStream } from './verifyStream';

const watched = (events: readonly RecordedEvent[]) => {
  const watch = createChainWatch();
  [...events].sort((a, b) => a.globalPosition - b.globalPosition).forEach((e) => watch.observe(e));
  return watch;
};

/** Two streams' events interleaved in the log, as a store hands them back. */
const interleaved = (a: readonly RecordedEvent[], b: readonly RecordedEvent[]): RecordedEvent[] => [
  ...a.map((e, i) => ({ ...e, globalPosition: 2 * i + 1 })),
  ...b.map((e, i) => ({ ...e, globalPosition: 2 * i + 2 })),
];

describe('watching hash chains as a read goes by', () => {
  it('given intact streams interleaved in the log, then no stream is suspect', () => {
    const watch = watched(
      interleaved(monthlyReturns(8, 'partnership-a'), monthlyReturns(5, 'partnership-b')),
    );
    expect(watch.suspects().size).toBe(0);
    expect(watch.observed()).toBe(13);
  });

  it.each([
    ['an edited amount', (e: RecordedEvent[]) => editData(e, 3).events, 'no longer gives its stored hash'],
    ['a deleted row', (e: RecordedEvent[]) => deleteRow(e, 3).events, 'where version 3 was expected'],
    ['a deleted first row', (e: RecordedEvent[]) => deleteRow(e, 1).events, 'where version 1 was expected'],
    ['a relinked row', (e: RecordedEvent[]) => relinkAndRehash(e, 5, 2).events, 'not chained'],
  ])('given %s, then only its stream is suspect, with what was seen first', (_name, tamper, why) => {
    const watch = watched(
      interleaved(tamper(monthlyReturns(6, 'partnership-a')), monthlyReturns(6, 'partnership-b')),
    );
    expect([...watch.suspects().keys()]).toEqual(['partnership-a']);
    expect(watch.suspects().get('partnership-a')).toContain(why);
  });

  it('never passes a stream that verifyStream finds a problem in, whatever single edit was made', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 20 })
          .chain((count) => tamperingOf(monthlyReturns(count), { movesAndRelinks: false })),
        (tampering) => {
          const found = verifyStream(tampering.events).problems.length > 0;
          const suspected = watched(tampering.events).suspects().size > 0;
          expect(!found || suspected).toBe(true);
        },
      ),
    );
  });
});
