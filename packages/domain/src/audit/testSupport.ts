import fc from 'fast-check';
import { RecordedEvent } from '../eventstore/envelope';
import { chainEvents, hashEvent } from '../eventstore/hashChain';
import { JsonObject } from '../shared/json';
import { IntegrityProblemKind } from './problems';

/**
 * Recorded streams and the edits an attacker with write access to the events table could make to
 * them, as pure functions over the rows, so the specifications can say exactly what was done.
 */
export const recordedStream = (
  datas: readonly JsonObject[],
  streamId = 'partnership-stockton',
  firstPosition = 1,
): RecordedEvent[] =>
  chainEvents(
    streamId,
    null,
    datas.map((data, i) => ({
      eventId: `${streamId}-event-${i + 1}`,
      type: i === 0 ? 'PartnershipConceived' : 'PerformanceReturnSubmitted',
      schemaVersion: 1,
      data,
      occurredAt: `2024-${String((i % 12) + 1).padStart(2, '0')}-01T09:00:00.000+01:00`,
      actor: { id: 'officer-1', role: 'commissioning-officer' },
      commandId: `${streamId}-command-${i + 1}`,
      correlationId: `${streamId}-correlation`,
      causationId: null,
    })),
    '2024-04-01T08:00:00.000Z',
    (i) => firstPosition + i,
  );

export const monthlyReturns = (count: number, streamId?: string): RecordedEvent[] =>
  recordedStream(
    Array.from({ length: count }, (_, i) => ({ month: i + 1, spendPence: 91_667_00 + i })),
    streamId,
  );

const at = (events: readonly RecordedEvent[], version: number): RecordedEvent => {
  const found = events.find((e) => e.streamVersion === version);
  if (found === undefined) throw new Error(`no event at version ${version}`);
  return found;
};
const replace = (events: readonly RecordedEvent[], version: number, next: RecordedEvent): RecordedEvent[] =>
  events.map((e) => (e.streamVersion === version ? next : e));
/** Always a real change, whatever the amount was. */
const altered = (data: JsonObject): JsonObject => ({
  ...data,
  spendPence: Number(data['spendPence'] ?? 0) + 1,
});
const seal = (event: Omit<RecordedEvent, 'hash'>): RecordedEvent => ({ ...event, hash: hashEvent(event) });

/** A tampering and what an audit should call it (null: the chain alone cannot show it). */
export interface Tampering {
  readonly description: string;
  readonly events: RecordedEvent[];
  readonly expected: { readonly kind: IntegrityProblemKind; readonly version: number } | null;
}

export const editData = (events: readonly RecordedEvent[], version: number): Tampering => ({
  description: `edit the data of version ${version}`,
  events: replace(events, version, {
    ...at(events, version),
    data: altered(at(events, version).data),
  }),
  expected: { kind: 'altered-event', version },
});

export const editActor = (events: readonly RecordedEvent[], version: number): Tampering => ({
  description: `change who recorded version ${version}`,
  events: replace(events, version, {
    ...at(events, version),
    actor: { id: 'someone-else', role: 'finance-officer' },
  }),
  expected: { kind: 'altered-event', version },
});

export const overwriteHash = (events: readonly RecordedEvent[], version: number): Tampering => ({
  description: `overwrite the stored hash of version ${version}`,
  events: replace(events, version, { ...at(events, version), hash: 'f'.repeat(64) }),
  expected: { kind: 'altered-event', version },
});

export const rewriteAndRehash = (events: readonly RecordedEvent[], version: number): Tampering => {
  const { hash: _hash, ...original } = at(events, version);
  const isLast = version === events.length;
  return {
    description: `edit the data of version ${version} and recompute its hash`,
    events: replace(events, version, seal({ ...original, data: altered(original.data) })),
    expected: isLast ? null : { kind: 'altered-event', version },
  };
};

export const deleteRow = (events: readonly RecordedEvent[], version: number): Tampering => ({
  description: `delete version ${version}`,
  events: events.filter((e) => e.streamVersion !== version),
  expected: version === events.length ? null : { kind: 'deleted-event', version },
});

export const deleteAndRenumber = (events: readonly RecordedEvent[], version: number): Tampering => ({
  description: `delete version ${version} and renumber the later events down to close the gap`,
  events: events
    .filter((e) => e.streamVersion !== version)
    .map((e) => (e.streamVersion > version ? { ...e, streamVersion: e.streamVersion - 1 } : e)),
  expected: version === events.length ? null : { kind: 'deleted-event', version },
});

/** A forged event at `version`, chained to the event before it and sealed, or with a made-up hash. */
export const forgedEvent = (
  events: readonly RecordedEvent[],
  version: number,
  sealed: boolean,
): RecordedEvent => {
  const previous = version === 1 ? null : at(events, version - 1);
  const unsealed: Omit<RecordedEvent, 'hash'> = {
    ...at(events, Math.min(version, events.length)),
    eventId: 'forged-event',
    commandId: 'forged-command',
    data: { month: 99, spendPence: 5_000_000_00 },
    streamVersion: version,
    globalPosition: 10_000,
    previousHash: previous?.hash ?? null,
  };
  return sealed ? seal(unsealed) : { ...unsealed, hash: 'a'.repeat(64) };
};

export const insertBeside = (
  events: readonly RecordedEvent[],
  version: number,
  sealed: boolean,
): Tampering => ({
  description: `insert a ${sealed ? 'sealed' : 'unsealed'} forged row beside version ${version}`,
  events: [...events, forgedEvent(events, version, sealed)],
  expected: { kind: 'inserted-event', version },
});

export const insertAndRenumber = (
  events: readonly RecordedEvent[],
  version: number,
  sealed: boolean,
): Tampering => ({
  description: `insert a ${sealed ? 'sealed' : 'unsealed'} forged row at version ${version} and renumber the later events up`,
  events: [
    ...events.map((e) => (e.streamVersion >= version ? { ...e, streamVersion: e.streamVersion + 1 } : e)),
    forgedEvent(events, version, sealed),
  ],
  expected: { kind: 'inserted-event', version },
});

export const swapVersions = (events: readonly RecordedEvent[], first: number, second: number): Tampering => ({
  description: `swap the versions of ${first} and ${second}`,
  events: events.map((e) =>
    e.streamVersion === first
      ? { ...e, streamVersion: second }
      : e.streamVersion === second
        ? { ...e, streamVersion: first }
        : e,
  ),
  expected: { kind: 'reordered-events', version: Math.min(first, second) },
});

export const moveToEnd = (events: readonly RecordedEvent[], version: number, beyond: number): Tampering => {
  const to = events.length + beyond;
  return {
    description: `move version ${version} to version ${to}`,
    events: events.map((e) => (e.streamVersion === version ? { ...e, streamVersion: to } : e)),
    // Moving the last event further out changes its number but not the order.
    expected: { kind: version === events.length ? 'altered-event' : 'reordered-events', version: to },
  };
};

export const relinkAndRehash = (
  events: readonly RecordedEvent[],
  version: number,
  target: number,
): Tampering => {
  const { hash: _hash, ...original } = at(events, version);
  return {
    description: `chain version ${version} to version ${target} and recompute its hash`,
    events: replace(events, version, seal({ ...original, previousHash: at(events, target).hash })),
    expected: { kind: 'broken-chain', version },
  };
};

/** A month's spend, as the data of one event of a generated stream. */
export const spendData = fc.record({ month: fc.integer({ min: 1, max: 120 }), spendPence: fc.nat() });

/**
 * Any single edit an attacker with write access to the events table could make to one stream. With
 * `movesAndRelinks`, also moving a row past the end of the stream and chaining a row to another event.
 */
export const tamperingOf = (
  events: RecordedEvent[],
  { movesAndRelinks }: { movesAndRelinks: boolean },
): fc.Arbitrary<Tampering> => {
  const version = fc.integer({ min: 1, max: events.length });
  const inPlace = [
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
  ];
  if (!movesAndRelinks) return fc.oneof(...inPlace);
  return fc.oneof(
    ...inPlace,
    fc.tuple(version, fc.integer({ min: 1, max: 5 })).map(([v, beyond]) => moveToEnd(events, v, beyond)),
    fc
      .tuple(version, version)
      .filter(([v, target]) => target !== v && target !== v - 1)
      .map(([v, target]) => relinkAndRehash(events, v, target)),
  );
};
