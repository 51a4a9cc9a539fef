import * as t from 'io-ts';

/**
 * Why the s.52 duty does not apply to a contract it would otherwise reach, as a closed list. The
 * Act's other exceptions follow from the contract itself: light-touch contracts are outside it, as
 * are contracts under PCR 2015 or below the thresholds, to which the Act does not apply.
 */
export const KPI_DUTY_EXCEPTIONS = {
  'not-appropriately-assessed-by-kpis': {
    provision: 'PA 2023 s.52(1)',
    description:
      "the contracting authority considers that the supplier's performance under the contract could not appropriately be assessed by reference to KPIs",
  },
  framework: {
    provision: 'PA 2023 s.52',
    description: 'the contract is a framework: KPIs are set for the contracts awarded under it',
  },
} as const;

export type KpiDutyExceptionGround = keyof typeof KPI_DUTY_EXCEPTIONS;

export const KpiDutyExceptionGroundCodec = t.keyof(
  { 'not-appropriately-assessed-by-kpis': null, framework: null },
  'KpiDutyExceptionGround',
);
