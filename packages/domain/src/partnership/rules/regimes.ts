import { Procedure, Regime } from '../codecs';

/** PCR 2015 came into force on 26 February 2015; PA 2023 applies to procurements begun on or after 24 February 2025. */
export const PCR2015_COMMENCEMENT = '2015-02-26';
export const PA2023_COMMENCEMENT = '2025-02-24';

export const PROCEDURES_BY_REGIME: Readonly<Record<Regime, readonly Procedure[]>> = {
  PCR2015: [
    'open',
    'restricted',
    'competitive-dialogue',
    'competitive-procedure-with-negotiation',
    'innovation-partnership',
    'light-touch',
  ],
  PA2023: ['open', 'competitive-flexible', 'direct-award'],
  'below-threshold': ['open', 'quotation', 'direct-award'],
};

/** Procedures with a dialogue or negotiation stage before final tenders. */
export const DIALOGUE_PROCEDURES: readonly Procedure[] = [
  'competitive-dialogue',
  'competitive-procedure-with-negotiation',
  'innovation-partnership',
  'competitive-flexible',
  'light-touch',
];

/** Why a regime cannot govern a procurement begun on this day, or undefined when it can. */
export const regimeNotInForce = (regime: Regime, launchedOn: string): string | undefined => {
  if (regime === 'PA2023' && launchedOn < PA2023_COMMENCEMENT) {
    return `the Procurement Act 2023 applies only to procurements begun on or after ${PA2023_COMMENCEMENT}; one begun on ${launchedOn} runs under PCR 2015`;
  }
  if (regime === 'PCR2015' && launchedOn >= PA2023_COMMENCEMENT) {
    return `PCR 2015 procedures may be begun only before ${PA2023_COMMENCEMENT}; one begun on ${launchedOn} runs under the Procurement Act 2023`;
  }
  if (regime === 'PCR2015' && launchedOn < PCR2015_COMMENCEMENT) {
    return `PCR 2015 came into force on ${PCR2015_COMMENCEMENT}; record an earlier contract below the thresholds as below-threshold`;
  }
  return undefined;
};

export const hasDialogue = (procedure: Procedure): boolean => DIALOGUE_PROCEDURES.includes(procedure);

/** Regimes with a statutory standstill (and whose contracts are classified when modified). */
export const isRegulated = (regime: Regime): regime is 'PCR2015' | 'PA2023' => regime !== 'below-threshold';
