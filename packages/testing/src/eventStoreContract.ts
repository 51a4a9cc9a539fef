import { isLeft, isRight } from 'fp-ts/Either';
import {
  EventStore,
  forEachPage,
  hashEvent,
  RecordedEvent,
  subscribeToAll,
} from '@council-partnerships/domain';
import { expectOf, harnessPerTest, testRunner, TestRunner } from './runner';
import { unwrap } from './contractSupport';
import { sampleEvent, sampleEvents, sampleRegistry } from './sampleEvents';
import { foldReadContract } from './foldReadContract';
import { projectionReadContract } from './projectionReadContract';
import { untrustedInputContract } from './untrustedContract';

/** What an adapter's test file provides to run the shared contract against it. */
export interface ContractHarness {
  /** A store over empty storage (a fresh file, schema or namespace). */
  readonly store: EventStore;
  /**
   * Damages the stored row of one event behind the store's back (e.g. invalid JSON, a missing field),
   * so the contract can check that reading it gives `CorruptEvent`. Omit if the storage cannot be
   * reached directly; the corrupt-row tests are then reported as skipped by name.
   */
  readonly corruptEvent?: (streamId: string, streamVersion: number) => void | Promise<void>;
  /** Ends the harness after each test: closes the store unless given (e.g. to drop a schema as well). */
  readonly close?: () => Promise<void>;
}

export interface ContractOptions {
  /** Concurrent writers in the race tests (default 16). */
  readonly writers?: number;
  /** The test runner's functions; Jest's globals by default (pass `node:test`'s to run without Jest). */
  readonly runner?: TestRunner;
}

const readWholeLog = async (store: EventStore, pageSize = 7): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  unwrap(await forEachPage(store, (events) => void all.push(...events), { pageSize }));
  return all;
};

const appendUntilAccepted = async (store: EventStore, streamId: string, count: number): Promise<number> => {
  let conflicts = 0;
  for (;;) {
    const read = await store.readStream(streamId);
    const version = read._tag === 'Right' ? (read.right[read.right.length - 1]?.streamVersion ?? 0) : 0;
    const appended = await store.appendToStream(streamId, sampleEvents(count), {
      expectedVersion: version === 0 ? 'no_stream' : version,
    });
    if (appended._tag === 'Right') return conflicts;
    if (appended.left.code !== 'ConcurrencyConflict') throw new Error(JSON.stringify(appended.left));
    conflicts += 1;
  }
};

/**
 * The shared contract every event-store adapter must pass, the library's own and a user's. Call it
 * from a Jest test file (or any runner, given as `options.runner`):
 *
 *   eventStoreContract('SQLite', async () => ({ store: openSqliteStore(tmpFile()), close: ... }));
 */
export const eventStoreContract = (
  name: string,
  makeHarness: () => Promise<ContractHarness>,
  options: ContractOptions = {},
): void => {
  const writers = options.writers ?? 16;
  const runner = testRunner(options.runner);
  const { describe, it } = runner;
  const expect = expectOf();

  describe(`event store contract: ${name}`, () => {
    const { harness, store } = harnessPerTest(runner, makeHarness);

    describe('appending and reading a stream', () => {
      it('places events at versions 1..n with every envelope field kept', async () => {
        const events = sampleEvents(3, { causationId: 'cause-1' });
        const result = unwrap(
          await store().appendToStream('partnership-1', events, { expectedVersion: 'no_stream' }),
        );
        expect(result.nextExpectedVersion).toBe(3);
        const read = unwrap(await store().readStream('partnership-1'));
        expect(read.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
        read.forEach((recorded, i) => {
          const sent = events[i]!;
          expect(recorded).toMatchObject({ ...sent, streamId: 'partnership-1' });
          expect(Number.isNaN(Date.parse(recorded.recordedAt))).toBe(false);
        });
        expect(read).toEqual(result.events);
      });

      it('chains each event hash to the previous event of its stream', async () => {
        unwrap(await store().appendToStream('s', sampleEvents(2), { expectedVersion: 'no_stream' }));
        unwrap(await store().appendToStream('s', sampleEvents(2), { expectedVersion: 2 }));
        const read = unwrap(await store().readStream('s'));
        expect(read[0]!.previousHash).toBeNull();
        read.forEach((event, i) => {
          if (i > 0) expect(event.previousHash).toBe(read[i - 1]!.hash);
          const { hash, globalPosition: _position, ...fields } = event;
          expect(hashEvent(fields)).toBe(hash);
        });
      });

      it('stores an actor whose optional fields are left undefined as without them, and its hash holds', async () => {
        const actor = { id: 'officer-9', role: 'contract-manager', name: undefined };
        unwrap(
          await store().appendToStream('s', sampleEvents(1, { actor }), { expectedVersion: 'no_stream' }),
        );
        const [event] = unwrap(await store().readStream('s'));
        expect(Object.keys(event!.actor).sort()).toEqual(['id', 'role']);
        const { hash, globalPosition: _position, ...fields } = event!;
        expect(hashEvent(fields)).toBe(hash);
      });

      it('reads a range of versions, inclusive', async () => {
        unwrap(await store().appendToStream('s', sampleEvents(10), { expectedVersion: 'no_stream' }));
        const read = unwrap(await store().readStream('s', { fromVersion: 4, toVersion: 6 }));
        expect(read.map((e) => e.streamVersion)).toEqual([4, 5, 6]);
        const tail = unwrap(await store().readStream('s', { fromVersion: 9 }));
        expect(tail.map((e) => e.streamVersion)).toEqual([9, 10]);
      });

      it('answers StreamNotFound for a stream with no events', async () => {
        const read = await store().readStream('nobody');
        expect(read).toMatchObject({ _tag: 'Left', left: { code: 'StreamNotFound', streamId: 'nobody' } });
      });

      it('lists streams in order of first appearance', async () => {
        unwrap(await store().appendToStream('b', sampleEvents(1), { expectedVersion: 'no_stream' }));
        unwrap(await store().appendToStream('a', sampleEvents(1), { expectedVersion: 'no_stream' }));
        unwrap(await store().appendToStream('b', sampleEvents(1), { expectedVersion: 1 }));
        expect(unwrap(await store().listStreams())).toEqual(['b', 'a']);
      });
    });

    describe('expected versions', () => {
      it('refuses an exact version that is not the current one, naming expected and actual', async () => {
        unwrap(await store().appendToStream('s', sampleEvents(2), { expectedVersion: 'no_stream' }));
        const stale = await store().appendToStream('s', sampleEvents(1), { expectedVersion: 1 });
        expect(stale).toMatchObject({
          _tag: 'Left',
          left: { code: 'ConcurrencyConflict', streamId: 's', expected: 1, actual: 2 },
        });
        expect(unwrap(await store().readStream('s'))).toHaveLength(2);
      });

      it('honours no_stream, stream_exists and any', async () => {
        expect(
          await store().appendToStream('s', sampleEvents(1), { expectedVersion: 'stream_exists' }),
        ).toMatchObject({ _tag: 'Left', left: { code: 'ConcurrencyConflict', actual: 0 } });
        unwrap(await store().appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' }));
        expect(
          await store().appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' }),
        ).toMatchObject({
          _tag: 'Left',
          left: { code: 'ConcurrencyConflict', actual: 1 },
        });
        unwrap(await store().appendToStream('s', sampleEvents(1), { expectedVersion: 'stream_exists' }));
        const any = unwrap(await store().appendToStream('s', sampleEvents(1), { expectedVersion: 'any' }));
        expect(any.nextExpectedVersion).toBe(3);
      });
    });

    describe('bad input is refused and nothing is written', () => {
      const badInputs = [
        [
          'an empty stream id',
          () => store().appendToStream('', sampleEvents(1), { expectedVersion: 'any' }),
          'streamId',
        ],
        ['no events', () => store().appendToStream('s', [], { expectedVersion: 'any' }), 'events'],
        [
          'data that is not JSON',
          () =>
            store().appendToStream('s', [sampleEvent({ data: { bad: Number.NaN } })], {
              expectedVersion: 'any',
            }),
          'events.0.data.bad',
        ],
        [
          'a missing event type',
          () =>
            store().appendToStream('s', [{ ...sampleEvent(), type: undefined as unknown as string }], {
              expectedVersion: 'any',
            }),
          'events.0.type',
        ],
        [
          'a negative expected version',
          () => store().appendToStream('s', sampleEvents(1), { expectedVersion: -1 }),
          'expectedVersion',
        ],
        [
          'an event id twice in one batch',
          () => {
            const e = sampleEvent();
            return store().appendToStream('s', [e, e], { expectedVersion: 'any' });
          },
          'events.1.eventId',
        ],
        [
          'text no store could keep: a NUL character in the data',
          () =>
            store().appendToStream('s', sampleEvents(1, { data: { note: 'a\u0000b' } }), {
              expectedVersion: 'any',
            }),
          'events.0.data.note',
        ],
        [
          'text no store could keep: half a surrogate pair in an actor field',
          () =>
            store().appendToStream(
              's',
              sampleEvents(1, { actor: { id: 'x', role: 'officer', name: '\ud800' } }),
              {
                expectedVersion: 'any',
              },
            ),
          'events.0.actor.name',
        ],
        [
          'a schema version beyond what PostgreSQL keeps',
          () =>
            store().appendToStream('s', sampleEvents(1, { schemaVersion: 2 ** 31 }), {
              expectedVersion: 'any',
            }),
          'events.0.schemaVersion',
        ],
      ] as const;
      for (const [label, act, path] of badInputs)
        it(label, async () => {
          const result = await act();
          expect(result).toMatchObject({ _tag: 'Left', left: { code: 'InvalidInput' } });
          expect((result as unknown as { left: { path: string[] } }).left.path.join('.')).toBe(path);
          expect(await store().readStream('s')).toMatchObject({
            _tag: 'Left',
            left: { code: 'StreamNotFound' },
          });
        });

      it('refuses a bad read range and a bad page size', async () => {
        expect(await store().readStream('s', { fromVersion: 0 })).toMatchObject({
          left: { code: 'InvalidInput' },
        });
        expect(await store().readAll({ limit: 0 })).toMatchObject({ left: { code: 'InvalidInput' } });
      });
    });

    untrustedInputContract(store, runner);
    foldReadContract(harness, runner, expect);
    projectionReadContract(harness, runner, expect);

    describe('idempotency', () => {
      it('returns the original result when the same batch is appended again, writing nothing', async () => {
        const batch = sampleEvents(3);
        const first = unwrap(await store().appendToStream('s', batch, { expectedVersion: 'no_stream' }));
        const again = unwrap(await store().appendToStream('s', batch, { expectedVersion: 'no_stream' }));
        expect(again).toEqual(first);
        const withAny = unwrap(await store().appendToStream('s', batch, { expectedVersion: 'any' }));
        expect(withAny.events.map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
        expect(unwrap(await store().readStream('s'))).toHaveLength(3);
        expect(await readWholeLog(store())).toHaveLength(3);
      });

      it('refuses an event id reused in another stream', async () => {
        const event = sampleEvent();
        unwrap(await store().appendToStream('s', [event], { expectedVersion: 'no_stream' }));
        const reused = await store().appendToStream('t', [event], { expectedVersion: 'no_stream' });
        expect(reused).toMatchObject({
          _tag: 'Left',
          left: { code: 'DuplicateEventId', eventId: event.eventId },
        });
        expect(await store().readStream('t')).toMatchObject({
          _tag: 'Left',
          left: { code: 'StreamNotFound' },
        });
      });
    });

    describe('concurrency', () => {
      it(`lets exactly one of ${writers} writers expecting the same version win`, async () => {
        unwrap(await store().appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' }));
        const results = await Promise.all(
          Array.from({ length: writers }, () =>
            store().appendToStream('s', sampleEvents(2), { expectedVersion: 1 }),
          ),
        );
        expect(results.filter(isRight)).toHaveLength(1);
        const losers = results.filter(isLeft);
        expect(losers).toHaveLength(writers - 1);
        losers.forEach((l) => expect(l.left.code).toBe('ConcurrencyConflict'));
        expect(unwrap(await store().readStream('s')).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
      });

      it(`keeps every event of ${writers} writers retrying on one stream: contiguous, none lost or doubled`, async () => {
        await Promise.all(Array.from({ length: writers }, () => appendUntilAccepted(store(), 'hot', 2)));
        const read = unwrap(await store().readStream('hot'));
        expect(read.map((e) => e.streamVersion)).toEqual(
          Array.from({ length: writers * 2 }, (_, i) => i + 1),
        );
        expect(new Set(read.map((e) => e.eventId)).size).toBe(writers * 2);
        const log = await readWholeLog(store());
        expect(log.map((e) => e.eventId).sort()).toEqual(read.map((e) => e.eventId).sort());
      });

      it(`keeps the global log complete with ${writers} writers on many streams`, async () => {
        await Promise.all(
          Array.from({ length: writers }, async (_, w) => {
            for (let i = 0; i < 5; i++)
              await appendUntilAccepted(store(), `stream-${w % 4}-${i % 2}`, 1 + (i % 3));
          }),
        );
        const log = await readWholeLog(store(), 5);
        const expected = writers * (1 + 2 + 3 + 1 + 2);
        expect(log).toHaveLength(expected);
        expect(new Set(log.map((e) => e.eventId)).size).toBe(expected);
        const positions = log.map((e) => e.globalPosition);
        expect(new Set(positions).size).toBe(expected);
        const byStream = new Map<string, number[]>();
        for (const event of log)
          byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event.streamVersion]);
        for (const versions of byStream.values()) {
          expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
        }
      });
    });

    describe('the global log', () => {
      it('holds every event once, each stream in version order', async () => {
        unwrap(await store().appendToStream('a', sampleEvents(3), { expectedVersion: 'no_stream' }));
        unwrap(await store().appendToStream('b', sampleEvents(2), { expectedVersion: 'no_stream' }));
        unwrap(await store().appendToStream('a', sampleEvents(1), { expectedVersion: 3 }));
        const log = await readWholeLog(store(), 2);
        expect(log.map((e) => `${e.streamId}@${e.streamVersion}`)).toEqual([
          'a@1',
          'a@2',
          'a@3',
          'b@1',
          'b@2',
          'a@4',
        ]);
      });

      it('pages by limit and resumes from a checkpoint', async () => {
        unwrap(await store().appendToStream('a', sampleEvents(5), { expectedVersion: 'no_stream' }));
        const first = unwrap(await store().readAll({ limit: 2 }));
        expect(first.events).toHaveLength(2);
        expect(first.isEndOfLog).toBe(false);
        const second = unwrap(await store().readAll({ after: first.checkpoint, limit: 2 }));
        expect(second.events.map((e) => e.streamVersion)).toEqual([3, 4]);
        const third = unwrap(await store().readAll({ after: second.checkpoint, limit: 2 }));
        expect(third.events.map((e) => e.streamVersion)).toEqual([5]);
        expect(third.isEndOfLog).toBe(true);
        const empty = unwrap(await store().readAll({ after: third.checkpoint, limit: 2 }));
        expect(empty).toMatchObject({ events: [], checkpoint: third.checkpoint, isEndOfLog: true });
        unwrap(await store().appendToStream('a', sampleEvents(1), { expectedVersion: 5 }));
        const later = unwrap(await store().readAll({ after: third.checkpoint }));
        expect(later.events.map((e) => e.streamVersion)).toEqual([6]);
      });

      it('reads an empty log as the end', async () => {
        expect(unwrap(await store().readAll())).toMatchObject({
          events: [],
          checkpoint: null,
          isEndOfLog: true,
        });
      });

      it('feeds a subscription from a checkpoint, including events appended after it started', async () => {
        unwrap(await store().appendToStream('a', sampleEvents(2), { expectedVersion: 'no_stream' }));
        const start = unwrap(await store().readAll({ limit: 1 })).checkpoint;
        const seen: string[] = [];
        const subscription = subscribeToAll(store(), {
          after: start,
          pageSize: 2,
          pollIntervalMs: 5,
          onPage: (events) => {
            seen.push(...events.map((e) => `${e.streamId}@${e.streamVersion}`));
            return { _tag: 'Right', right: undefined };
          },
        });
        await subscription.caughtUp;
        unwrap(await store().appendToStream('b', sampleEvents(1), { expectedVersion: 'no_stream' }));
        for (let i = 0; i < 200 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
        unwrap(await subscription.stop());
        expect(seen).toEqual(['a@2', 'b@1']);
      });
    });

    describe('corrupt rows', () => {
      const itIfCorruptible = (title: string, fn: () => Promise<void>) =>
        it(title, async () => {
          if (harness().corruptEvent === undefined) {
            console.warn(`[${name}] skipped "${title}": the harness cannot reach stored rows directly`);
            return;
          }
          await fn();
        });

      itIfCorruptible(
        'reports a damaged row as CorruptEvent naming stream, version and event id',
        async () => {
          const events = sampleEvents(3);
          unwrap(await store().appendToStream('s', events, { expectedVersion: 'no_stream' }));
          await harness().corruptEvent!('s', 2);
          const read = await store().readStream('s');
          expect(read).toMatchObject({
            _tag: 'Left',
            left: { code: 'CorruptEvent', streamId: 's', streamVersion: 2, eventId: events[1]!.eventId },
          });
          const log = await store().readAll();
          expect(log).toMatchObject({
            _tag: 'Left',
            left: { code: 'CorruptEvent', streamId: 's', streamVersion: 2 },
          });
        },
      );
    });

    describe('upcasting on read', () => {
      it('reads a v1 event stored by an older release as the current version', async () => {
        const v1 = sampleEvent({ type: 'PriceAgreed', schemaVersion: 1, data: { price: '1234.5' } });
        const v2 = sampleEvent({
          type: 'PriceAgreed',
          schemaVersion: 2,
          data: { pricePence: 99, currency: 'GBP' },
        });
        unwrap(await store().appendToStream('s', [v1, v2], { expectedVersion: 'no_stream' }));
        const read = unwrap(await store().readStream('s'));
        expect(read.map((e) => e.schemaVersion)).toEqual([1, 2]);
        expect(read.map((e) => unwrap(sampleRegistry.decode(e)).data)).toEqual([
          { pricePence: 123450, currency: 'GBP' },
          { pricePence: 99, currency: 'GBP' },
        ]);
      });

      it('refuses a stored version newer than any registered one, and an unknown type', async () => {
        const future = sampleEvent({ type: 'PriceAgreed', schemaVersion: 3, data: {} });
        const unknown = sampleEvent({ type: 'Mystery', schemaVersion: 1, data: {} });
        unwrap(await store().appendToStream('s', [future, unknown], { expectedVersion: 'no_stream' }));
        const read = unwrap(await store().readStream('s'));
        expect(sampleRegistry.decode(read[0]!)).toMatchObject({
          left: { code: 'UnknownEventType', schemaVersion: 3 },
        });
        expect(sampleRegistry.decode(read[1]!)).toMatchObject({
          left: { code: 'UnknownEventType', type: 'Mystery' },
        });
      });

      it('reports v1 data of the wrong shape as CorruptEvent with the field', async () => {
        const bad = sampleEvent({ type: 'PriceAgreed', schemaVersion: 1, data: { price: 12 } });
        unwrap(await store().appendToStream('s', [bad], { expectedVersion: 'no_stream' }));
        const read = unwrap(await store().readStream('s'));
        const decoded = sampleRegistry.decode(read[0]!);
        expect(decoded).toMatchObject({ left: { code: 'CorruptEvent', streamId: 's', streamVersion: 1 } });
        expect((decoded as { left: { message: string } }).left.message).toContain('price');
      });
    });
  });
};
