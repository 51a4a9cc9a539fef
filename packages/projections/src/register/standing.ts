import { contractStandingOn, ContractStanding, hasEnded } from '@council-partnerships/domain';
import type { ContractPhase } from './phase';

/** What the register knows of a contract's dates and recorded steps. */
export interface RegisterDates {
  readonly ended: { readonly on: string; readonly how: 'expired' | 'terminated' } | null;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly liveOn: string | null;
  readonly mobilisationStartedOn: string | null;
  readonly terminationNoticeEffectiveOn: string | null;
}

const PHASE_OF: Readonly<Record<ContractStanding, ContractPhase>> = {
  signed: 'contracted',
  mobilising: 'mobilisation',
  live: 'live',
  'under-notice': 'under-notice',
  expired: 'expired',
  terminated: 'terminated',
  'ended-expiry-not-recorded': 'ended-expiry-not-recorded',
  'ended-termination-not-recorded': 'ended-termination-not-recorded',
};

/**
 * A contract's phase on `today`, by the domain's rule: steps count from the day they happened (a
 * go-live recorded ahead of time is not live yet), and the calendar ends what nobody recorded ending.
 */
export const standingPhase = (d: RegisterDates, today: string): ContractPhase => {
  const status =
    d.ended !== null && d.ended.on <= today
      ? d.ended.how
      : d.liveOn !== null && d.liveOn <= today
        ? 'live'
        : d.mobilisationStartedOn !== null && d.mobilisationStartedOn <= today
          ? 'mobilising'
          : 'signed';
  return PHASE_OF[
    contractStandingOn(
      {
        status,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        endedOn: d.ended?.on ?? null,
        terminationNoticeEffectiveOn: d.terminationNoticeEffectiveOn,
      },
      today,
    )
  ];
};

const ENDED_PHASES = new Set<ContractPhase>(
  (Object.keys(PHASE_OF) as ContractStanding[]).filter(hasEnded).map((s) => PHASE_OF[s]),
);

export const isEndedPhase = (phase: ContractPhase): boolean => ENDED_PHASES.has(phase);
