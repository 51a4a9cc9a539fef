import { randomBytes } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { eventStoreContract, sampleEvents } from '@council-partnerships/testing';
import { createEventStoreDbStore, EventStoreDbStore } from './eventStoreDbStore';

const variable = 'EVENTSTORE_CONNECTION_STRING';
const connectionString = process.env[variable];

/** Each test gets streams under its own prefix, so it starts from an empty log on a shared server. */
const openStore = (): EventStoreDbStore => {
  const created = createEventStoreDbStore({
    connectionString: connectionString ?? '',
    streamPrefix: `t${randomBytes(6).toString('hex')}-`,
  });
  if (created._tag === 'Left') throw new Error(created.left.message);
  return created.right;
};

if (connectionString === undefined || connectionString === '') {
  console.warn(
    `EventStoreDB contract tests skipped: ${variable} is not set. Set it to a server's connection string, e.g. ${variable}=esdb://localhost:2113?tls=false`,
  );
  describe.skip(`EventStoreDB (skipped: set ${variable} to run)`, () => {
    it('runs the shared contract against a real server', () => undefined);
  });
} else {
  // EventStoreDB never rewrites a stored event, so the contract's damaged-row test cannot damage one in
  // place; the test below stores an unreadable event directly instead.
  eventStoreContract('EventStoreDB', () => Promise.resolve({ store: openStore() }));

  describe('EventStoreDB specifics', () => {
    it('reports an event without the library envelope as CorruptEvent naming stream, version and id', async () => {
      const store = openStore();
      const client = EventStoreDBClient.connectionString(connectionString);
      const foreign = jsonEvent({ type: 'Foreign', data: { hello: 'world' } });
      await client.appendToStream(`${store.streamPrefix}s`, foreign);
      expect(await store.readStream('s')).toMatchObject({
        left: { code: 'CorruptEvent', streamId: 's', streamVersion: 1, eventId: foreign.id },
      });
      await client.dispose();
      await store.close();
    });

    it('keeps each prefix to its own streams', async () => {
      const a = openStore();
      const b = openStore();
      await a.appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' });
      expect(await b.readStream('s')).toMatchObject({ left: { code: 'StreamNotFound' } });
      expect(await b.readAll()).toMatchObject({ right: { events: [], isEndOfLog: true } });
      await a.close();
      await b.close();
    });
  });
}

describe('EventStoreDB without a server', () => {
  it('answers StoreUnavailable, not an exception, when the server cannot be reached', async () => {
    const created = createEventStoreDbStore({ connectionString: 'esdb://127.0.0.1:1?tls=false' });
    if (created._tag === 'Left') throw new Error(created.left.message);
    const store = created.right;
    const appended = await store.appendToStream('s', sampleEvents(1), { expectedVersion: 'any' });
    expect(appended).toMatchObject({ left: { code: 'StoreUnavailable' } });
    expect((appended as { left: { message: string } }).left.message).toContain(
      'check that EventStoreDB is running',
    );
    expect(await store.readAll()).toMatchObject({ left: { code: 'StoreUnavailable' } });
    expect(await store.readStream('s')).toMatchObject({ left: { code: 'StoreUnavailable' } });
    await store.close();
  });

  it('refuses a connection string the client cannot use, and a system-stream prefix', () => {
    expect(createEventStoreDbStore({ connectionString: 'http://localhost:2113' })).toMatchObject({
      left: { code: 'InvalidInput', path: ['connectionString'] },
    });
    expect(
      createEventStoreDbStore({ connectionString: 'esdb://localhost:2113?tls=false', streamPrefix: '$x' }),
    ).toMatchObject({
      left: { code: 'InvalidInput', path: ['streamPrefix'] },
    });
  });

  it('refuses event ids EventStoreDB cannot keep as given, before any request', async () => {
    const created = createEventStoreDbStore({ connectionString: 'esdb://127.0.0.1:1?tls=false' });
    if (created._tag === 'Left') throw new Error(created.left.message);
    const events = sampleEvents(1, { eventId: 'order-42-event-1' });
    expect(await created.right.appendToStream('s', events, { expectedVersion: 'any' })).toMatchObject({
      left: { code: 'InvalidInput', path: ['events', '0', 'eventId'] },
    });
    await created.right.close();
  });
});
