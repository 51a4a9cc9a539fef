import * as t from 'io-ts';

/**
 * Why the s.52 duty does not apply to a contract it would otherwise reach, as a closed list. PA 2023
 * s.52 (https://www.legislation.gov.uk/ukpga/2023/54/section/52): "(2) Subsection (1) does not apply
 * if the contracting authority considers that the supplier's performance under the contract could not
 * appropriately be assessed by reference to key performance indicators", and "(6) This section does
 * not apply in relation to a public contract that is— (a) a framework, (b) a utilities contract
 * awarded by a private utility, (c) a concession contract, or (d) a light touch contract." (d)
 * follows from the contract's light-touch flag; (b) cannot reach a council; the contracts this library
 * manages are paid for by the council, not concessions, so (c) is not offered. Contracts under PCR
 * 2015 or below the thresholds are outside the Act altogether (s.3: only a public contract).
 */
export const KPI_DUTY_EXCEPTIONS = {
  'not-appropriately-assessed-by-kpis': {
    provision: 'PA 2023 s.52(2)',
    description:
      "the contracting authority considers that the supplier's performance under the contract could not appropriately be assessed by reference to KPIs",
  },
  framework: {
    provision: 'PA 2023 s.52(6)(a)',
    description: 'the contract is a framework: KPIs are set for the contracts awarded under it',
  },
} as const;

export type KpiDutyExceptionGround = keyof typeof KPI_DUTY_EXCEPTIONS;

export const KpiDutyExceptionGroundCodec = t.keyof(
  { 'not-appropriately-assessed-by-kpis': null, framework: null },
  'KpiDutyExceptionGround',
);
