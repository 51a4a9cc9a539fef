import { RecordedEvent } from '@council-partnerships/domain';
import { AppendGroups, WriteGroup } from './appendGroups';
import { EventRow } from './postgresSql';

const event = (eventId: string): EventRow => ({
  event: { eventId } as RecordedEvent,
  dataJson: '{}',
  actorJson: '{}',
});

/** A writer whose statements end when the test says so, recording every group it was given. */
const heldWriter = () => {
  const groups: string[][] = [];
  const pending: (() => void)[] = [];
  const write: WriteGroup = (events) => {
    groups.push(events.map((e) => e.event.eventId));
    return new Promise((resolve) => {
      pending.push(() => resolve(new Map(events.map((e, i) => [e.event.eventId, groups.length * 100 + i]))));
    });
  };
  const finishNext = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { write, groups, finishNext };
};

describe('grouping single-event appends', () => {
  it('writes a lone append at once, in a statement of its own', async () => {
    const writer = heldWriter();
    const groups = new AppendGroups(writer.write, 2);
    const position = groups.insert(event('a')).then((stored) => stored?.globalPosition);
    expect(writer.groups).toEqual([['a']]);
    await writer.finishNext();
    await expect(position).resolves.toBe(100);
  });

  it('gathers the appends that arrive while the statements are busy into the next statement', async () => {
    const writer = heldWriter();
    const groups = new AppendGroups(writer.write, 1);
    const positions = ['a', 'b', 'c', 'd'].map((id) =>
      groups.insert(event(id)).then((stored) => stored?.globalPosition),
    );
    expect(writer.groups).toEqual([['a']]);
    await writer.finishNext();
    expect(writer.groups).toEqual([['a'], ['b', 'c', 'd']]);
    await writer.finishNext();
    await expect(Promise.all(positions)).resolves.toEqual([100, 200, 201, 202]);
  });

  it('answers null for an event its statement did not insert', async () => {
    const groups = new AppendGroups(() => Promise.resolve(new Map([['a', 7]])), 1);
    const stored = await Promise.all([groups.insert(event('a')), groups.insert(event('b'))]);
    expect(stored.map((e) => e?.globalPosition ?? null)).toEqual([7, null]);
  });

  it('answers a retry of an append in the same group with the event the first one stored', async () => {
    const groups = new AppendGroups(() => Promise.resolve(new Map([['a', 7]])), 1);
    const stamped = (recordedAt: string): EventRow => ({
      ...event('a'),
      event: { eventId: 'a', recordedAt } as RecordedEvent,
    });
    const first = stamped('2025-01-01T00:00:00.001Z');
    const retry = stamped('2025-01-01T00:00:00.002Z');
    const [, a, again] = await Promise.all([
      groups.insert(event('warm-up')),
      groups.insert(first),
      groups.insert(retry),
    ]);
    expect(again).toEqual(a);
    expect(again?.recordedAt).toBe('2025-01-01T00:00:00.001Z');
  });

  it('writes a failed group again one event at a time, so only the event that fails is refused', async () => {
    const written: string[][] = [];
    const groups = new AppendGroups((events) => {
      written.push(events.map((e) => e.event.eventId));
      if (events.some((e) => e.event.eventId === 'bad'))
        return Promise.reject(new Error('invalid byte sequence'));
      return Promise.resolve(new Map(events.map((e) => [e.event.eventId, 1])));
    }, 1);
    const outcomes = await Promise.allSettled(
      ['first', 'a', 'bad', 'b'].map((id) => groups.insert(event(id))),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(written).toEqual([['first'], ['a', 'bad', 'b'], ['a'], ['bad'], ['b']]);
  });
});
