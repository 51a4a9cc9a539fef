import { Either, left, right } from 'fp-ts/Either';
import { invalidInput, InvalidInput, RecordedEvent } from '@council-partnerships/domain';
import { businessDateOf, validateAsOf } from '@council-partnerships/projections';
import { isCorrection } from './corrections';

/** The timeline's filter flags, as commander hands them over. */
export interface TimelineFilterFlags {
  readonly contract?: string;
  readonly actor?: string;
  readonly role?: string;
  readonly type?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly recordedFrom?: string;
  readonly recordedTo?: string;
  readonly backdated?: boolean;
  readonly corrections?: boolean;
}

const isDate = (text: string): boolean => validateAsOf({ businessDate: text })._tag === 'Right';
const isInstant = (text: string): boolean => validateAsOf({ recordedBy: text })._tag === 'Right';

/**
 * A recorded-at bound: a business date (the whole London day counts, from the start of `from` to the
 * end of `to`) or an exact instant with its offset.
 */
const recordedBound = (
  flag: string,
  text: string | undefined,
): Either<InvalidInput, ((recordedAt: string) => boolean) | null> => {
  if (text === undefined) return right(null);
  const lower = flag === '--recorded-from';
  if (isDate(text)) {
    return right(lower ? (at) => businessDateOf(at) >= text : (at) => businessDateOf(at) <= text);
  }
  if (isInstant(text)) {
    const bound = Date.parse(text);
    return right(lower ? (at) => Date.parse(at) >= bound : (at) => Date.parse(at) <= bound);
  }
  return left(
    invalidInput(
      `${flag} must be a date written YYYY-MM-DD or an ISO 8601 time with an offset, e.g. 2023-04-30T17:00:00Z`,
      [flag.slice(2)],
    ),
  );
};

const businessBound = (flag: string, text: string | undefined): InvalidInput | null =>
  text === undefined || isDate(text)
    ? null
    : invalidInput(`${flag} must be a business date written YYYY-MM-DD`, [flag.slice(2)]);

/** The contract an event is about, when it names one. */
const contractOf = (event: RecordedEvent): string | null => {
  const value = Object.prototype.hasOwnProperty.call(event.data, 'contractId')
    ? (event.data as Record<string, unknown>)['contractId']
    : undefined;
  return typeof value === 'string' ? value : null;
};

/**
 * Compiles the flags into one test an event passes or fails; every flag given must hold. Checked
 * before the store is opened, so a typo costs nothing. Business dates are London calendar dates of
 * when the event happened; backdated means recorded on a later London day than it happened.
 */
export const timelineFilter = (
  flags: TimelineFilterFlags,
): Either<InvalidInput, (event: RecordedEvent) => boolean> => {
  const bad = businessBound('--from', flags.from) ?? businessBound('--to', flags.to);
  if (bad !== null) return left(bad);
  if (flags.from !== undefined && flags.to !== undefined && flags.from > flags.to) {
    return left(
      invalidInput(`--from ${flags.from} is after --to ${flags.to}: nothing could match`, ['from']),
    );
  }
  const recordedFrom = recordedBound('--recorded-from', flags.recordedFrom);
  if (recordedFrom._tag === 'Left') return recordedFrom;
  const recordedTo = recordedBound('--recorded-to', flags.recordedTo);
  if (recordedTo._tag === 'Left') return recordedTo;
  const types =
    flags.type === undefined || flags.type.length === 0
      ? null
      : new Set(flags.type.flatMap((t) => t.split(',')).map((t) => t.trim()));
  const after = recordedFrom.right;
  const before = recordedTo.right;
  return right((e) => {
    if (flags.actor !== undefined && e.actor.id !== flags.actor && e.actor.name !== flags.actor) return false;
    if (flags.role !== undefined && e.actor.role !== flags.role) return false;
    if (types !== null && !types.has(e.type)) return false;
    if (flags.contract !== undefined && contractOf(e) !== flags.contract) return false;
    if (after !== null && !after(e.recordedAt)) return false;
    if (before !== null && !before(e.recordedAt)) return false;
    if (flags.corrections === true && !isCorrection(e)) return false;
    if (flags.from === undefined && flags.to === undefined && flags.backdated !== true) return true;
    const happenedOn = businessDateOf(e.occurredAt);
    if (flags.from !== undefined && happenedOn < flags.from) return false;
    if (flags.to !== undefined && happenedOn > flags.to) return false;
    return flags.backdated !== true || businessDateOf(e.recordedAt) > happenedOn;
  });
};
