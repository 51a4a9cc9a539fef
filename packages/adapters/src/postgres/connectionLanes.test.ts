import { EventEmitter } from 'node:events';
import type { Pool, PoolClient } from 'pg';
import { ConnectionLanes } from './connectionLanes';

/** A connection as the lanes see it: it can fail with an 'error' event and be given back to the pool. */
class FakeClient extends EventEmitter {
  readonly releases: (Error | undefined)[] = [];
  release(error?: Error): void {
    this.releases.push(error);
  }
}

const fakePool = () => {
  const clients: FakeClient[] = [];
  const pool = {
    waitingCount: 0,
    connect: () => {
      const client = new FakeClient();
      clients.push(client);
      return Promise.resolve(client as unknown as PoolClient);
    },
  };
  return { pool, asPool: pool as unknown as Pool, clients };
};

const duplicate = Object.assign(new Error('duplicate key value violates unique constraint'), {
  code: '23505',
});

describe('connection lanes', () => {
  it('keep a connection between queries while the store owns the pool, so a query needs no checkout', async () => {
    const { asPool, clients } = fakePool();
    const lanes = new ConnectionLanes(asPool, { pin: true, idleMs: 1000 });
    const first = lanes.take() ?? (await lanes.open());
    lanes.put(first);
    const second = lanes.take();
    expect(second).toBe(first);
    lanes.put(second!);
    expect(clients).toHaveLength(1);
    expect(clients[0]!.releases).toEqual([]);
    lanes.close();
  });

  it('give every connection back after each query when the pool is shared with the application', async () => {
    const { asPool, clients } = fakePool();
    const lanes = new ConnectionLanes(asPool, { pin: false, idleMs: 1000 });
    lanes.put(await lanes.open());
    expect(lanes.take()).toBeUndefined();
    expect(clients[0]!.releases).toEqual([undefined]);
    expect(lanes.size).toBe(0);
  });

  it('give a connection back as soon as anyone is waiting for one from the pool', async () => {
    const { pool, asPool, clients } = fakePool();
    const lanes = new ConnectionLanes(asPool, { pin: true, idleMs: 1000 });
    const client = await lanes.open();
    pool.waitingCount = 1;
    lanes.put(client);
    expect(lanes.take()).toBeUndefined();
    expect(clients[0]!.releases).toEqual([undefined]);
  });

  it('keep a connection whose statement was refused as a duplicate, and close one that failed otherwise', async () => {
    const { asPool, clients } = fakePool();
    const lanes = new ConnectionLanes(asPool, { pin: true, idleMs: 1000 });
    const kept = await lanes.open();
    lanes.put(kept, duplicate);
    expect(lanes.take()).toBe(kept);
    const failure = new Error('Connection terminated unexpectedly');
    lanes.put(kept, failure);
    expect(clients[0]!.releases).toEqual([failure]);
    expect(lanes.take()).toBeUndefined();
    expect(lanes.size).toBe(0);
  });

  it('give back, with its error, an idle connection that fails, and never hand it out again', async () => {
    const { asPool, clients } = fakePool();
    const lanes = new ConnectionLanes(asPool, { pin: true, idleMs: 1000 });
    lanes.put(await lanes.open());
    const failure = new Error('server closed the connection');
    clients[0]!.emit('error', failure);
    expect(clients[0]!.releases).toEqual([failure]);
    expect(lanes.take()).toBeUndefined();
    expect(clients[0]!.listenerCount('error')).toBe(0);
  });

  it('give back a connection that failed while in use once its query ends, even if the query succeeded', async () => {
    const { asPool, clients } = fakePool();
    const lanes = new ConnectionLanes(asPool, { pin: true, idleMs: 1000 });
    const client = await lanes.open();
    clients[0]!.emit('error', new Error('network reset'));
    lanes.put(client);
    expect(clients[0]!.releases).toHaveLength(1);
    expect(clients[0]!.releases[0]).toBeInstanceOf(Error);
    expect(lanes.take()).toBeUndefined();
  });

  it('give idle connections back once the store has left them unused for idleMs', async () => {
    jest.useFakeTimers();
    try {
      const { asPool, clients } = fakePool();
      const lanes = new ConnectionLanes(asPool, { pin: true, idleMs: 1000 });
      lanes.put(await lanes.open());
      jest.advanceTimersByTime(999);
      expect(clients[0]!.releases).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(clients[0]!.releases).toEqual([undefined]);
      expect(lanes.size).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('on close, give idle connections back at once and busy ones when their query ends', async () => {
    const { asPool, clients } = fakePool();
    const lanes = new ConnectionLanes(asPool, { pin: true, idleMs: 1000 });
    const busy = await lanes.open();
    lanes.put(await lanes.open());
    lanes.close();
    expect(clients[1]!.releases).toEqual([undefined]);
    expect(clients[0]!.releases).toEqual([]);
    lanes.put(busy);
    expect(clients[0]!.releases).toEqual([undefined]);
    expect(lanes.size).toBe(0);
  });
});
