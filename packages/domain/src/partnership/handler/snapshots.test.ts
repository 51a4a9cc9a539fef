import fc from 'fast-check';
import { createInMemoryEventStore, createInMemorySnapshotStore } from '@council-partnerships/adapters';
import { SnapshotWarning } from '../../decider/snapshots';
import { EventStore, ReadStreamOptions } from '../../eventstore/port';
import { SnapshotStore } from '../../eventstore/snapshots/snapshotPort';
import { partnershipStreamIdOf } from '../commands';
import { partnershipStateSchemaVersion } from '../snapshots/partnershipStateCodec';
import { commandSequences } from '../testing/commandSequences';
import { P, toLive } from '../testing/fixtures';
import { createPartnershipHandler } from './createPartnershipHandler';

const STREAM = `partnership-${P}`;
const clock = () => new Date('2026-01-01T00:00:00.000Z');
const counter = () => {
  let n = 0;
  return () => `event-${String((n += 1)).padStart(6, '0')}`;
};

/** An event store that notes where each fold read starts, to show what a cold start read. */
const watched = (store: EventStore) => {
  const foldReadsFrom: number[] = [];
  const spy: EventStore = {
    ...store,
    name: store.name,
    appendToStream: (...args) => store.appendToStream(...args),
    readStream: (...args) => store.readStream(...args),
    readStreamForFold: (streamId: string, options?: ReadStreamOptions) => {
      foldReadsFrom.push(options?.fromVersion ?? 1);
      return store.readStreamForFold!(streamId, options);
    },
    readAll: (...args) => store.readAll(...args),
    listStreams: () => store.listStreams(),
    close: () => store.close(),
  };
  return { spy, foldReadsFrom };
};

/** A handler on these stores that takes a snapshot every so many events, noting its warnings. */
const snapshotting = (store: EventStore, snapshots: SnapshotStore, every: number) => {
  const warnings: SnapshotWarning[] = [];
  const handle = createPartnershipHandler({
    store,
    clock,
    newEventId: counter(),
    snapshots: { store: snapshots, every, onWarning: (w) => warnings.push(w) },
  });
  return { handle, warnings };
};

/** The live partnership (14 events) recorded by a handler that snapshots every 5 events. */
const recorded = async () => {
  const events = createInMemoryEventStore({ clock });
  const snapshots = createInMemorySnapshotStore();
  const { handle, warnings } = snapshotting(events, snapshots, 5);
  for (const command of toLive) expect((await handle(command))._tag).toBe('Right');
  return { events, snapshots, warnings };
};

/** A handler on the same stores with nothing in memory: its first command is a cold start. */
const coldStart = async (events: EventStore, snapshots = createInMemorySnapshotStore()) => {
  const { spy, foldReadsFrom } = watched(events);
  const { handle, warnings } = snapshotting(spy, snapshots, 1000);
  const retried = await handle(toLive[toLive.length - 1]!);
  return { retried, foldReadsFrom, warnings };
};

describe('createPartnershipHandler with snapshots', () => {
  it('given every 5 events, when a partnership is recorded, then its snapshot is the state at the last 5-event mark crossed', async () => {
    const { events, snapshots, warnings } = await recorded();
    const stream = await events.readStream(STREAM);
    const length = stream._tag === 'Right' ? stream.right.length : 0;
    const snapshot = await snapshots.readLatest(STREAM);
    expect(warnings).toEqual([]);
    expect(snapshot._tag === 'Right' && snapshot.right?.streamVersion).toBeGreaterThan(length - 5);
    expect(snapshot._tag === 'Right' && snapshot.right?.stateSchemaVersion).toBe(
      partnershipStateSchemaVersion,
    );
  });

  it('given a sound snapshot, when a cold handler is sent a command, then it folds only the events after it and decides as before', async () => {
    const { events, snapshots } = await recorded();
    const snapshot = await snapshots.readLatest(STREAM);
    const at = snapshot._tag === 'Right' ? snapshot.right!.streamVersion : 0;
    const { retried, foldReadsFrom, warnings } = await coldStart(events, snapshots);
    expect(foldReadsFrom).toEqual([at + 1]);
    expect(warnings).toEqual([]);
    // The last command again: a retry recognised from the snapshot's record of commands, nothing written.
    expect(retried._tag === 'Right' && retried.right.replayed).toBe(true);
  });

  const ignoredBecause: [
    string,
    (s: ReturnType<typeof createInMemorySnapshotStore>) => Promise<unknown>,
    RegExp,
  ][] = [
    [
      'its event hash is not the stream’s',
      async (s) => {
        const held = await s.readLatest(STREAM);
        if (held._tag === 'Right' && held.right !== null)
          await s.write({ ...held.right, eventHash: 'f'.repeat(64) });
      },
      /hash differs\): the history was rewritten/,
    ],
    [
      'it was taken beyond the end of the stream',
      async (s) => {
        const held = await s.readLatest(STREAM);
        if (held._tag === 'Right' && held.right !== null) await s.write({ ...held.right, streamVersion: 99 });
      },
      /taken at version 99 and the stream ends before version 99/,
    ],
    [
      'it was written in another state shape',
      async (s) => {
        const held = await s.readLatest(STREAM);
        if (held._tag === 'Right' && held.right !== null)
          await s.write({ ...held.right, stateSchemaVersion: partnershipStateSchemaVersion + 1 });
      },
      new RegExp(
        `state schema version ${partnershipStateSchemaVersion + 1}, this handler reads ${partnershipStateSchemaVersion}`,
      ),
    ],
    [
      'its row is damaged',
      (s) => {
        s.tamperWithSnapshot(STREAM, (text) => text.slice(1));
        return Promise.resolve();
      },
      /cannot be read: its state is not JSON/,
    ],
    [
      'its state does not decode',
      async (s) => {
        const held = await s.readLatest(STREAM);
        if (held._tag === 'Right' && held.right !== null)
          await s.write({ ...held.right, state: { state: 1 } });
      },
      /snapshot/,
    ],
    ['the snapshot store is down', (s) => s.close(), /closed/],
  ];

  it.each(ignoredBecause)(
    'given a snapshot that cannot be trusted because %s, when a cold handler is sent a command, then it says why and rebuilds from the first event',
    async (_why, spoil, message) => {
      const { events, snapshots } = await recorded();
      await spoil(snapshots);
      const { retried, foldReadsFrom, warnings } = await coldStart(events, snapshots);
      expect(foldReadsFrom).toEqual([1]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ code: 'SnapshotIgnored', streamId: STREAM });
      expect(warnings[0]!.message).toMatch(message);
      expect(retried._tag === 'Right' && retried.right.replayed).toBe(true);
    },
  );

  it('given a snapshot store that refuses writes, when commands are handled, then they are recorded and the handler says no snapshot was taken', async () => {
    const snapshots = createInMemorySnapshotStore();
    await snapshots.close();
    const { handle, warnings } = snapshotting(createInMemoryEventStore({ clock }), snapshots, 5);
    for (const command of toLive) expect((await handle(command))._tag).toBe('Right');
    // The first command's cold start cannot read a snapshot either; then a write is refused at each mark.
    expect(warnings.map((w) => w.code)).toEqual([
      'SnapshotIgnored',
      'SnapshotNotWritten',
      'SnapshotNotWritten',
    ]);
    expect(warnings[1]!.message).toMatch(
      /no snapshot of partnership-spec-partnership was taken at version \d+/,
    );
  });

  it('never changes a decision: over any command sequence, the handler starting every command from its snapshot decides as the one without', async () => {
    await fc.assert(
      fc.asyncProperty(commandSequences(), fc.integer({ min: 1, max: 6 }), async (commands, every) => {
        const plain = createPartnershipHandler({
          store: createInMemoryEventStore({ clock }),
          newEventId: counter(),
          clock,
        });
        const snapshotted = createPartnershipHandler({
          store: createInMemoryEventStore({ clock }),
          newEventId: counter(),
          clock,
          // Nothing kept in memory: every command is a cold start from the latest snapshot.
          cachedStreams: 0,
          snapshots: {
            store: createInMemorySnapshotStore(),
            every,
            onWarning: (w) => {
              throw new Error(`no snapshot should be refused here: ${w.message}`);
            },
          },
        });
        for (const command of commands) {
          const [without, withSnapshots] = [await plain(command), await snapshotted(command)];
          expect(withSnapshots).toStrictEqual(without);
        }
        expect(partnershipStreamIdOf(commands[0]!)).toBe(STREAM);
      }),
      { numRuns: 60 },
    );
  });
});
