import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import * as t from 'io-ts';
import { EventStore, PartnershipEvent, partnershipEventRegistry } from '@council-partnerships/domain';
import { testEventId } from '@council-partnerships/testing';
import { countyDurham, recordSeeds, stockton } from '@council-partnerships/seeds';
import { auditTimelineProjection } from './audit/projection';
import { auditSummaryProjection } from './audit/summary';
import { combineProjections } from './combine';
import { contractValueProjection } from './contractValue/projection';
import { everyReadModelProjection, partnershipReadModels } from './everyReadModel';
import { ocdsProjection } from './ocds/projection';
import { performanceProjection } from './performance/projection';
import { defineLoggedProjection, Projection } from './projection';
import { rebuildProjection } from './rebuild';
import { registerFactsProjection } from './register/projection';

const leanReadModels = combineProjections({
  name: 'lean-read-models',
  version: 1,
  registry: partnershipEventRegistry,
  parts: { ...partnershipReadModels, summary: auditSummaryProjection, ocds: ocdsProjection },
});

/** The same projection, told to read whole recorded events. */
const wholeRead = <S, E extends { type: string; data: unknown }>(p: Projection<S, E>): Projection<S, E> => {
  const { envelope: _lean, ...rest } = p;
  return rest;
};

/** A store that counts which of its two log reads was asked for. */
const counting = (store: EventStore) => {
  const asked = { readAll: 0, readAllForProjection: 0 };
  const counted: EventStore = {
    ...store,
    readAll: (options) => {
      asked.readAll += 1;
      return store.readAll(options);
    },
    readAllForProjection: (options) => {
      asked.readAllForProjection += 1;
      return store.readAllForProjection!(options);
    },
  };
  return { counted, asked };
};

describe('folding read models from the lean read of the log', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'lean-log-'));
  const store = createSqliteEventStore({ filename: path.join(directory, 'events.sqlite') });
  beforeAll(async () => {
    await recordSeeds(store, [{ seed: stockton, range: { to: 'embedded' } }, countyDurham], {
      newEventId: testEventId,
    });
  });
  afterAll(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('marks the read models that need no hash, command or causation id, and the combinations of only those', () => {
    for (const p of [
      contractValueProjection,
      registerFactsProjection,
      performanceProjection,
      auditSummaryProjection,
      ocdsProjection,
      leanReadModels,
    ])
      expect([p.name, p.envelope]).toEqual([p.name, 'logged']);
    // The timeline shows each entry's hashes and command: it reads whole events, and so does any whole it is part of.
    expect(auditTimelineProjection.envelope).toBeUndefined();
    expect(everyReadModelProjection.envelope).toBeUndefined();
  });

  it('given the seeds in SQLite, when the lean read models are rebuilt, then the lean read is used and the state is the whole read’s', async () => {
    const lean = counting(store);
    const fromLean = await rebuildProjection(lean.counted, leanReadModels, { pageSize: 50 });
    const whole = counting(store);
    const fromWhole = await rebuildProjection(whole.counted, wholeRead(leanReadModels), { pageSize: 50 });
    expect(lean.asked.readAll).toBe(0);
    expect(lean.asked.readAllForProjection).toBeGreaterThan(1);
    expect(whole.asked.readAllForProjection).toBe(0);
    if (fromLean._tag === 'Left' || fromWhole._tag === 'Left') throw new Error('rebuild failed');
    expect(fromLean.right.eventsApplied).toBe(fromWhole.right.eventsApplied);
    expect(fromLean.right.checkpoint).toBe(fromWhole.right.checkpoint);
    expect(JSON.stringify(leanReadModels.stateCodec.encode(fromLean.right.state))).toBe(
      JSON.stringify(leanReadModels.stateCodec.encode(fromWhole.right.state)),
    );
  });

  it('hands a lean read model events without hashes, and the audit timeline events with them', async () => {
    const seen: { lean: string[]; whole: string[] } = { lean: [], whole: [] };
    const peek = <S>(
      p: Projection<S, PartnershipEvent>,
      into: string[],
    ): Projection<S, PartnershipEvent> => ({
      ...p,
      begin: undefined,
      apply: (state, event) => {
        if (into.length === 0) into.push(...Object.keys(event.envelope).sort());
        return p.apply(state, event);
      },
    });
    await rebuildProjection(store, peek(auditSummaryProjection, seen.lean));
    await rebuildProjection(store, peek(auditTimelineProjection, seen.whole));
    expect(seen.lean).toEqual([
      'actor',
      'data',
      'eventId',
      'globalPosition',
      'occurredAt',
      'recordedAt',
      'schemaVersion',
      'streamId',
      'streamVersion',
      'type',
    ]);
    expect(seen.whole).toEqual(
      expect.arrayContaining(['hash', 'previousHash', 'commandId', 'correlationId']),
    );
  });

  it('refuses to compile a lean read model that reads what the lean read leaves out', () => {
    const readsAHash = () =>
      defineLoggedProjection({
        name: 'reads-a-hash',
        version: 1,
        registry: partnershipEventRegistry,
        initial: () => 0,
        // @ts-expect-error -- a LoggedEvent has no hash: a read model that needs one is defined with defineProjection
        apply: (n: number, event) => (event.envelope.hash === '' ? n : n + 1),
        stateCodec: t.number,
      });
    expect(readsAHash().envelope).toBe('logged');
  });
});
