import { Regime } from '../codecs';
import { addMonths } from '../dates';
import { CouncilPolicy } from '../policy/councilPolicy';

/**
 * PA 2023 s.52: a public contract with an estimated value over £5m needs at least three KPIs, set
 * before it is entered into and assessed at least every 12 months; light-touch contracts are exempt,
 * and the duty is the Act's, so contracts under PCR 2015 or below the thresholds do not carry it.
 */
export const kpisRequired = (
  contract: { readonly regime: Regime; readonly lightTouch: boolean; readonly maximumValuePence: number },
  policy: CouncilPolicy,
): boolean =>
  contract.regime === 'PA2023' &&
  !contract.lightTouch &&
  contract.maximumValuePence > policy.kpi.valueThresholdPence;

export const nextAssessmentDue = (from: string, policy: CouncilPolicy): string =>
  addMonths(from, policy.kpi.assessEveryMonths);
