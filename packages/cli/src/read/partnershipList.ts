import { Either, right } from 'fp-ts/Either';
import {
  CorruptEvent,
  EventStore,
  partnershipStreamId,
  ReadError,
  UnknownEventType,
} from '@council-partnerships/domain';
import {
  businessDateOf,
  contractRegister,
  foldRecorded,
  Phase,
  registerProjection,
} from '@council-partnerships/projections';
import { readLogPages } from './logPages';
import { ReadCheck } from './readCheck';

/** One line of `partnerships list`: what an auditor needs to pick a partnership to look at. */
export interface PartnershipListing {
  readonly partnershipId: string;
  readonly streamId: string;
  readonly title: string;
  /** The councils and bodies commissioning it (the lead commissioner when none joined). */
  readonly councils: readonly string[];
  readonly phase: Phase | null;
  readonly contracts: number;
  readonly events: number;
  /** The London business dates of its first and last events, by when they happened. */
  readonly firstBusinessDate: string | null;
  readonly lastBusinessDate: string | null;
}

const STREAM_PREFIX = partnershipStreamId('');

interface Tally {
  events: number;
  first: string | null;
  last: string | null;
}

/**
 * Every partnership the store holds, from one pass over the global log: its stream's events counted
 * and dated, and the register folded for its title, councils, phase and contracts (read on `today`).
 * Every event read goes past `check`; events of types this release does not read are left out.
 */
export const listPartnerships = async (
  store: EventStore,
  today: string,
  onProgress: (eventsRead: number) => void = () => undefined,
  check?: ReadCheck,
): Promise<Either<ReadError | CorruptEvent | UnknownEventType, PartnershipListing[]>> => {
  const tallies = new Map<string, Tally>();
  let state = registerProjection.initial();
  const read = await readLogPages(
    store,
    (events) => {
      for (const event of events) {
        if (!event.streamId.startsWith(STREAM_PREFIX)) continue;
        const tally = tallies.get(event.streamId) ?? { events: 0, first: null, last: null };
        const on = businessDateOf(event.occurredAt);
        tally.events += 1;
        if (tally.first === null || on < tally.first) tally.first = on;
        if (tally.last === null || on > tally.last) tally.last = on;
        tallies.set(event.streamId, tally);
      }
      const folded = foldRecorded(registerProjection, state, events);
      if (folded._tag === 'Right') state = folded.right.state;
      return folded;
    },
    onProgress,
    check,
  );
  if (read._tag === 'Left') return read;
  const entries = new Map(contractRegister(state, { today }).map((e) => [e.partnershipId, e]));
  const listings: PartnershipListing[] = [];
  for (const [streamId, tally] of tallies) {
    const partnershipId = streamId.slice(STREAM_PREFIX.length);
    const entry = entries.get(partnershipId);
    const value = Object.prototype.hasOwnProperty.call(state.value.partnerships, partnershipId)
      ? state.value.partnerships[partnershipId]
      : undefined;
    const commissioners = value?.commissioners.map((c) => c.name) ?? [];
    const lead = entry?.leadCommissioner ?? null;
    listings.push({
      partnershipId,
      streamId,
      title: entry?.title ?? partnershipId,
      councils: commissioners.length > 0 ? commissioners : lead === null ? [] : [lead],
      phase: entry?.phase ?? null,
      contracts: entry?.contracts.length ?? 0,
      events: tally.events,
      firstBusinessDate: tally.first,
      lastBusinessDate: tally.last,
    });
  }
  return right(listings.sort((a, b) => (a.partnershipId < b.partnershipId ? -1 : 1)));
};
