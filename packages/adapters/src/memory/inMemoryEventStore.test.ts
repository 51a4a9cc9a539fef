import { eventStoreContract, sampleEvents } from '@council-partnerships/testing';
import { createInMemoryEventStore } from './inMemoryEventStore';

eventStoreContract('in-memory', () => {
  const store = createInMemoryEventStore();
  return Promise.resolve({
    store,
    corruptEvent: (streamId, version) => store.tamperWithRow(streamId, version, (json) => json.slice(0, -5)),
  });
});

describe('in-memory store keeps decoded, frozen events', () => {
  it('keeps history as appended when the caller later changes the objects it handed in', async () => {
    const store = createInMemoryEventStore();
    const events = sampleEvents(1);
    await store.appendToStream('s', events, { expectedVersion: 'no_stream' });
    (events[0]!.data as Record<string, unknown>)['amountPence'] = -1;
    (events[0]!.actor as { id: string }).id = 'someone-else';
    const read = await store.readStream('s');
    if (read._tag === 'Left') throw new Error(read.left.message);
    expect(read.right[0]!.data['amountPence']).not.toBe(-1);
    expect(read.right[0]!.actor.id).not.toBe('someone-else');
  });

  it('hands out events no reader can change, down to their data', async () => {
    const store = createInMemoryEventStore();
    await store.appendToStream('s', sampleEvents(2), { expectedVersion: 'no_stream' });
    const read = await store.readStream('s');
    if (read._tag === 'Left') throw new Error(read.left.message);
    const first = read.right[0]!;
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.data)).toBe(true);
    expect(Object.isFrozen(first.actor)).toBe(true);
    expect(() => {
      (first.data as Record<string, unknown>)['amountPence'] = 0;
    }).toThrow(TypeError);
  });

  it('checks a row rewritten behind its back on every read', async () => {
    const store = createInMemoryEventStore();
    await store.appendToStream('s', sampleEvents(2), { expectedVersion: 'no_stream' });
    store.tamperWithRow('s', 2, (json) => json.replace('"streamVersion":2', '"streamVersion":"two"'));
    const read = await store.readStream('s');
    expect(read._tag === 'Left' && read.left.code).toBe('CorruptEvent');
    const first = await store.readStream('s', { toVersion: 1 });
    expect(first._tag).toBe('Right');
  });
});
