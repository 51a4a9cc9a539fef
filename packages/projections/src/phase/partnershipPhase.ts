import {
  contractStandingOn,
  datedContract,
  endNotRecorded,
  hasEnded,
  PartnershipState,
} from '@council-partnerships/domain';

/**
 * The lifecycle's stages, in the design brief's order, as a partnership's own state tells them. The
 * register's phase (`register/phase.ts`) is read from the register's facts instead, and names more
 * endings (expired, terminated, cancelled, not yet recorded).
 */
export const PARTNERSHIP_PHASES = [
  'not-started',
  'concept',
  'market-engagement',
  'procurement',
  'evaluation',
  'award-decision',
  'standstill',
  'agreement-signed',
  'mobilisation',
  'live',
  'ended',
] as const;
export type PartnershipPhaseName = (typeof PARTNERSHIP_PHASES)[number];

export interface PartnershipPhase {
  readonly phase: PartnershipPhaseName;
  /** A few words on what the phase rests on: how many contracts live, extended, expanded, ended. */
  readonly detail: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Where a partnership stands on `today`, read from the state its history folds to and the contracts' dates. */
export const partnershipPhaseOf = (state: PartnershipState, today: string): PartnershipPhase => {
  if (state.partnershipId === null) return { phase: 'not-started', detail: 'nothing recorded' };
  const contracts = Object.values(state.contracts);
  if (contracts.length > 0) {
    const standings = contracts.map((c) => contractStandingOn(datedContract(c), today));
    const live = standings.filter((s) => s === 'live' || s === 'under-notice');
    const mobilising = standings.filter((s) => s === 'mobilising');
    const ended = standings.filter(hasEnded);
    const unrecorded = standings.filter(endNotRecorded).length;
    const extended = contracts.reduce((n, c) => n + c.extensionsExercised, 0);
    const expansions = Object.values(state.expansions).filter((e) => e.status === 'approved').length;
    const extras = [
      extended > 0 ? plural(extended, 'extension') + ' taken up' : '',
      expansions > 0 ? plural(expansions, 'expansion') + ' approved' : '',
      ended.length > 0 ? `${ended.length} ended` : '',
      unrecorded > 0 ? `${unrecorded} end(s) not recorded` : '',
    ].filter((s) => s !== '');
    const detail = (main: string) => [main, ...extras].join('; ');
    if (live.length > 0) return { phase: 'live', detail: detail(`${plural(live.length, 'contract')} live`) };
    if (mobilising.length > 0) {
      return { phase: 'mobilisation', detail: detail(`${plural(mobilising.length, 'contract')} mobilising`) };
    }
    if (ended.length === contracts.length) {
      return {
        phase: 'ended',
        detail:
          `${plural(ended.length, 'contract')} expired or terminated` +
          (unrecorded > 0 ? `; ${unrecorded} by date, not yet recorded` : ''),
      };
    }
    return { phase: 'agreement-signed', detail: detail(`${plural(contracts.length, 'contract')} signed`) };
  }
  const procurements = Object.values(state.procurements).filter((p) => p.cancelledOn === null);
  const standstills = procurements.flatMap((p) => Object.values(p.standstills));
  if (standstills.length > 0) {
    const running = standstills.filter((s) => s.endedOn === null).length;
    return { phase: 'standstill', detail: running > 0 ? `${running} running` : 'ended; awaiting signature' };
  }
  const awards = procurements.reduce((n, p) => n + Object.keys(p.awards).length, 0);
  if (awards > 0) return { phase: 'award-decision', detail: `${plural(awards, 'lot')} awarded` };
  const evaluated = procurements.reduce((n, p) => n + Object.keys(p.evaluations).length, 0);
  if (evaluated > 0) return { phase: 'evaluation', detail: `${plural(evaluated, 'lot')} evaluated` };
  if (procurements.length > 0)
    return { phase: 'procurement', detail: plural(procurements.length, 'procurement') };
  if (Object.keys(state.engagementEvents).length > 0 || Object.keys(state.proformas).length > 0) {
    return {
      phase: 'market-engagement',
      detail: plural(Object.keys(state.engagementEvents).length, 'event'),
    };
  }
  return { phase: 'concept', detail: `conceived ${state.conceivedOn ?? ''}`.trim() };
};
