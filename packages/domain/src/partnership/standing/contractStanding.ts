import { ContractState, ContractStatus } from '../state';

/**
 * Where a contract stands on a day, from its dates as well as its events. Events record what
 * officers did; the calendar does the rest: a contract past its last day has ended whether or not
 * anyone recorded the expiry, and one past the day its termination notice took effect has ended too.
 * Saying "ended (… not recorded)" rather than "expired" keeps the missing record in sight.
 */
export type ContractStanding =
  ContractStatus | 'under-notice' | 'ended-expiry-not-recorded' | 'ended-termination-not-recorded';

/** The facts the standing rests on: a contract as the decider folds it, or as a read model keeps it. */
export interface DatedContract {
  readonly status: ContractStatus;
  readonly startsOn: string;
  /** The last day of the term as it now stands (extensions exercised, modifications agreed). */
  readonly endsOn: string;
  readonly endedOn: string | null;
  readonly terminationNoticeEffectiveOn: string | null;
}

export const datedContract = (c: ContractState): DatedContract => ({
  status: c.status,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  endedOn: c.endedOn,
  terminationNoticeEffectiveOn: c.terminationNotice?.effectiveOn ?? null,
});

/** Standings in which a contract is no longer in force on the day read. */
export const ENDED_STANDINGS: readonly ContractStanding[] = [
  'expired',
  'terminated',
  'ended-expiry-not-recorded',
  'ended-termination-not-recorded',
];

export const hasEnded = (standing: ContractStanding): boolean => ENDED_STANDINGS.includes(standing);

/** Ended by the calendar but not by a recorded event: someone has a record to make. */
export const endNotRecorded = (standing: ContractStanding): boolean =>
  standing === 'ended-expiry-not-recorded' || standing === 'ended-termination-not-recorded';

/** The contract's standing on `today` (a business date the caller supplies: never the clock). */
export const contractStandingOn = (c: DatedContract, today: string): ContractStanding => {
  if (c.status === 'expired' || c.status === 'terminated') return c.status;
  if (c.terminationNoticeEffectiveOn !== null && c.terminationNoticeEffectiveOn < today)
    return 'ended-termination-not-recorded';
  if (c.endsOn < today) return 'ended-expiry-not-recorded';
  if (c.terminationNoticeEffectiveOn !== null) return 'under-notice';
  return c.status;
};
