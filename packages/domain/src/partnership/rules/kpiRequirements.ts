import { Regime } from '../codecs';
import { addMonths } from '../dates';
import type { CouncilPolicy } from '../policy/councilPolicy';

export * from './kpiDutyExceptions';

/** PA 2023 s.52(1): "a public contract with an estimated value of more than £5 million" (VAT included). */
export const S52_VALUE_THRESHOLD_PENCE = 500_000_000;
/** PA 2023 s.52(1): "at least three key performance indicators". */
export const S52_MINIMUM_KPIS = 3;

interface KpiContract {
  readonly regime: Regime;
  readonly lightTouch: boolean;
  readonly maximumValuePence: number;
}

/** The Act's duty alone: PA 2023, not light touch, an estimated value over £5m. */
export const kpiDutyInLaw = (contract: KpiContract): boolean =>
  contract.regime === 'PA2023' &&
  !contract.lightTouch &&
  contract.maximumValuePence > S52_VALUE_THRESHOLD_PENCE;

/**
 * PA 2023 s.52: a public contract with an estimated value over £5m needs at least three KPIs, set
 * before it is entered into and assessed at least every 12 months (s.71). The £5m line is the
 * Act's: a council policy may only be stricter (a lower line, more KPIs), never switch it off.
 */
export const kpisRequired = (contract: KpiContract, policy: CouncilPolicy): boolean =>
  kpiDutyInLaw(contract) ||
  (contract.regime === 'PA2023' &&
    !contract.lightTouch &&
    contract.maximumValuePence > Math.min(S52_VALUE_THRESHOLD_PENCE, policy.kpi.valueThresholdPence));

/** At least the Act's three, or more where the council asks for more. */
export const minimumKpis = (policy: CouncilPolicy): number =>
  Math.max(S52_MINIMUM_KPIS, policy.kpi.minimumKpis);

export const nextAssessmentDue = (from: string, policy: CouncilPolicy): string =>
  addMonths(from, Math.min(12, policy.kpi.assessEveryMonths));
