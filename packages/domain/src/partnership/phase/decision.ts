import { Either, left, right } from 'fp-ts/Either';
import { PartnershipCommandOfType, PartnershipCommandType } from '../commands';
import { PartnershipError, PartnershipErrorCode, refuse } from '../errors';
import { PartnershipEvent, PartnershipEventOfType, PartnershipEventType } from '../events';
import { CouncilPolicy } from '../policy/councilPolicy';
import { PartnershipState } from '../state';
import { IdRecord, own } from '../../shared/idRecord';

export type Decision = Either<PartnershipError, readonly PartnershipEvent[]>;

export type Handler<T extends PartnershipCommandType> = (
  command: PartnershipCommandOfType<T>,
  state: PartnershipState,
  policy: CouncilPolicy,
) => Decision;

export type Handlers<T extends PartnershipCommandType> = { readonly [K in T]: Handler<K> };

/** Builds one event, typed by its name. */
export const event = <T extends PartnershipEventType>(
  type: T,
  data: PartnershipEventOfType<T>['data'],
): PartnershipEvent => ({ type, data }) as PartnershipEvent;

export const ok = (...events: PartnershipEvent[]): Decision => right(events);

export const no = (
  code: PartnershipErrorCode,
  message: string,
  path: readonly string[] = [],
  details?: Readonly<Record<string, unknown>>,
): Decision => left(refuse(code, message, path, details));

/**
 * One rule a command must meet: the refusal when it does not, or nothing (`undefined`, `false`, a
 * `Right`) when it does. An `Either` lets a rule that also computes something (an approval) stand
 * in the list as it is.
 */
export type Check = () => PartnershipError | Either<PartnershipError, unknown> | undefined | false;

const refusalOf = (outcome: ReturnType<Check>): PartnershipError | undefined => {
  if (outcome === undefined || outcome === false) return undefined;
  if ('_tag' in outcome) return outcome._tag === 'Left' ? outcome.left : undefined;
  return outcome;
};

/** The first refusal among the checks, run in order; each runs only once those before it have passed. */
export const firstRefusal = (...checks: readonly Check[]): PartnershipError | undefined => {
  for (const check of checks) {
    const refusal = refusalOf(check());
    if (refusal !== undefined) return refusal;
  }
  return undefined;
};

/** The checks as an `Either`, for a handler that goes on to compute with `pipe`. */
export const passes = (...checks: readonly Check[]): Either<PartnershipError, true> => {
  const refusal = firstRefusal(...checks);
  return refusal === undefined ? right(true) : left(refusal);
};

/**
 * A handler read as the rules say it: the checks in order, the first refusal is the decision; when
 * none refuses, the events that record the command. A later check may rely on what an earlier one
 * made sure of.
 */
export const afterChecks = (...checks: readonly Check[]) => ({
  record: (events: () => PartnershipEvent | readonly PartnershipEvent[]): Decision => {
    const refusal = firstRefusal(...checks);
    if (refusal !== undefined) return left(refusal);
    const recorded = events();
    return right('type' in recorded ? [recorded] : recorded);
  },
});

export const orNull = <A>(value: A | undefined): A | null => (value === undefined ? null : value);

export const field = (name: string, ...rest: string[]): string[] => ['data', name, ...rest];

/** A date that must not come before another (a tender before the launch, a signature before the award). */
export const notBefore = (
  date: string,
  earliest: string,
  path: readonly string[],
  what: string,
  because: string,
): PartnershipError | undefined =>
  date < earliest
    ? refuse('DatesOutOfOrder', `${what} (${date}) cannot come before ${because} (${earliest})`, path, {
        date,
        earliest,
      })
    : undefined;

export const alreadyRecorded = (kind: string, id: string, path: readonly string[]): PartnershipError =>
  refuse('AlreadyRecorded', `${kind} ${id} is already recorded; use a new id for a new ${kind}`, path, {
    id,
  });

/**
 * A new entry's id must not be one already recorded under `key` of the command: ids are never
 * reused, so every event names one thing for good.
 */
export const unusedId = <K extends string>(
  record: IdRecord<unknown>,
  kind: string,
  data: Readonly<Record<K, string>>,
  key: K,
): PartnershipError | undefined =>
  own(record, data[key]) === undefined ? undefined : alreadyRecorded(kind, data[key], field(key));

/**
 * The first id of a list in the command that is not recorded (a contributor who is not a
 * commissioner, a KPI the contract lacks): the refusal for it, given its place in the list, or nothing.
 */
export const firstUnrecorded = (
  record: IdRecord<unknown>,
  ids: readonly string[],
  refusalFor: (id: string, place: string) => PartnershipError,
): PartnershipError | undefined => {
  const at = ids.findIndex((id) => own(record, id) === undefined);
  return at < 0 ? undefined : refusalFor(ids[at]!, String(at));
};

/** A reporting period (a return's, a review's, a claim's) ends on or after the day it starts. */
export const periodInOrder = (period: { readonly periodStart: string; readonly periodEnd: string }) =>
  notBefore(period.periodEnd, period.periodStart, field('periodEnd'), 'the end of the period', 'its start');
