import { PCR2015_PROCEDURES, Procedure, Regime } from '../codecs';

/**
 * Commencement, with the transitional rule each carries: PCR 2006 (SI 2006/5) from 31 January 2006;
 * PCR 2015 (SI 2015/102) for procurements begun on or after 26 February 2015 (reg 118: one begun
 * earlier stays under PCR 2006); PA 2023 for procurements begun on or after 24 February 2025 (the
 * Procurement Act 2023 (Commencement No. 3 and Transitional and Saving Provisions) Regulations 2024,
 * SI 2024/716, as amended by SI 2024/959 to move the day from 28 October 2024: one begun earlier
 * stays under PCR 2015).
 */
export const PCR2006_COMMENCEMENT = '2006-01-31';
export const PCR2015_COMMENCEMENT = '2015-02-26';
export const PA2023_COMMENCEMENT = '2025-02-24';

export const PROCEDURES_BY_REGIME: Readonly<Record<Regime, readonly Procedure[]>> = {
  PCR2015: PCR2015_PROCEDURES,
  PA2023: ['open', 'competitive-flexible', 'direct-award'],
  // Part B services (Schedule 3) had no prescribed procedure: recorded as light-touch.
  PCR2006: ['open', 'restricted', 'negotiated', 'competitive-dialogue', 'light-touch'],
  'below-threshold': ['open', 'quotation', 'direct-award'],
};

/** Why a regime cannot govern a procurement begun on this day, or undefined when it can. */
export const regimeNotInForce = (regime: Regime, launchedOn: string): string | undefined => {
  if (regime === 'PA2023' && launchedOn < PA2023_COMMENCEMENT) {
    return `the Procurement Act 2023 applies only to procurements begun on or after ${PA2023_COMMENCEMENT}; one begun on ${launchedOn} runs under PCR 2015`;
  }
  if (regime === 'PCR2015' && launchedOn >= PA2023_COMMENCEMENT) {
    return `PCR 2015 procedures may be begun only before ${PA2023_COMMENCEMENT}; one begun on ${launchedOn} runs under the Procurement Act 2023`;
  }
  if (regime === 'PCR2015' && launchedOn < PCR2015_COMMENCEMENT) {
    return `PCR 2015 reg 118: the regulations apply to procurements begun on or after ${PCR2015_COMMENCEMENT}; one begun on ${launchedOn} runs under PCR 2006 (as amended in 2009)`;
  }
  if (regime === 'PCR2006' && launchedOn >= PCR2015_COMMENCEMENT) {
    return `PCR 2015 reg 118: procurements begun on or after ${PCR2015_COMMENCEMENT} run under PCR 2015, not PCR 2006; one begun on ${launchedOn} is too late for PCR 2006`;
  }
  if (regime === 'PCR2006' && launchedOn < PCR2006_COMMENCEMENT) {
    return `PCR 2006 came into force on ${PCR2006_COMMENCEMENT}; a procurement begun on ${launchedOn} ran under the regulations before them, which this library does not model`;
  }
  return undefined;
};

/** Regimes with a statutory standstill (and whose contracts are classified when modified). */
export const isRegulated = (regime: Regime): regime is 'PCR2006' | 'PCR2015' | 'PA2023' =>
  regime !== 'below-threshold';
