import { Either, left, right } from 'fp-ts/Either';
import {
  CorruptEvent,
  EventStore,
  evolvePartnership,
  initialPartnershipState,
  partnershipEventRegistry,
  PartnershipState,
  ReadError,
  RecordedEvent,
  UnknownEventType,
} from '@council-partnerships/domain';
import {
  AsOf,
  businessDateOf,
  contractRegister,
  contractValueOf,
  contractValueProjection,
  foldRecorded,
  PartnershipPerformance,
  PartnershipValue,
  performanceOf,
  performanceProjection,
  registerProjection,
  RegisterEntry,
  visibleAsOf,
} from '@council-partnerships/projections';
import { UnknownPartnership } from '../commands/partnershipErrors';
import { readPartnershipStream } from '../read/partnershipStream';
import { ReadAhead } from './readAhead';
import { isKnownType, ReadCheck } from '../read/readCheck';

/** One partnership as it stood at a point in business time and/or system time. */
export interface PartnershipAsOf {
  readonly partnershipId: string;
  readonly asOf: AsOf;
  /** The business date the read models were read on (phases, what is due next). */
  readonly readOn: string;
  readonly eventsInStream: number;
  readonly eventsReplayed: number;
  readonly lastEvent: Pick<RecordedEvent, 'streamVersion' | 'type' | 'occurredAt' | 'recordedAt'> | null;
  readonly state: PartnershipState;
  readonly value: PartnershipValue | null;
  readonly performance: PartnershipPerformance | null;
  readonly register: RegisterEntry | null;
  /** Set when the read date is still to come. */
  readonly readAhead?: ReadAhead;
}

export type ReplayError = ReadError | UnknownPartnership | CorruptEvent | UnknownEventType;

/**
 * Replays one partnership's stream: the events visible as of the question (happened by the business
 * date, recorded by the instant), folded into the decider's state and into each read model. Folding
 * the partnership's own stream is enough: every read model keys its state by partnership. Every
 * event read goes past `check` (its chain, its type); events of types this release does not read are
 * left out, so the caller must settle the check's findings before presenting the replay.
 */
export const replayPartnership = async (
  store: EventStore,
  asked: string,
  asOf: AsOf,
  today: string,
  onProgress: (done: number, total: number) => void = () => undefined,
  check?: ReadCheck,
): Promise<Either<ReplayError, PartnershipAsOf>> => {
  const read = await readPartnershipStream(store, asked);
  if (read._tag === 'Left') return read;
  const { partnershipId } = read.right;
  const events = read.right.events.filter(check?.take ?? ((e) => isKnownType(e.type)));
  const visible = visibleAsOf(asOf);
  const replayed = events.filter(visible);
  let state = initialPartnershipState();
  for (const [i, recorded] of replayed.entries()) {
    const decoded = partnershipEventRegistry.decode(recorded);
    if (decoded._tag === 'Left') return left(decoded.left);
    state = evolvePartnership(state, decoded.right);
    onProgress(i + 1, replayed.length);
  }
  const value = foldRecorded(contractValueProjection, contractValueProjection.initial(), replayed);
  if (value._tag === 'Left') return value;
  const performance = foldRecorded(performanceProjection, performanceProjection.initial(), replayed);
  if (performance._tag === 'Left') return performance;
  const register = foldRecorded(registerProjection, registerProjection.initial(), replayed);
  if (register._tag === 'Left') return register;
  const last = replayed[replayed.length - 1];
  return right({
    partnershipId,
    asOf,
    readOn: today,
    eventsInStream: events.length,
    eventsReplayed: replayed.length,
    lastEvent:
      last === undefined
        ? null
        : {
            streamVersion: last.streamVersion,
            type: last.type,
            occurredAt: last.occurredAt,
            recordedAt: last.recordedAt,
          },
    state,
    value: contractValueOf(value.right.state, partnershipId, { today }),
    performance: performanceOf(performance.right.state, partnershipId, { today }),
    register:
      contractRegister(register.right.state, { today }).find((e) => e.partnershipId === partnershipId) ??
      null,
  });
};

/**
 * The business date a question is about: the as-of date, else the London date of the recorded-by
 * instant, else today.
 */
export const readOnDate = (asOf: AsOf, now: Date): string =>
  asOf.businessDate ?? businessDateOf(asOf.recordedBy ?? now.toISOString());
