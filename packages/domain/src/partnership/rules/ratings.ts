import { Rag } from '../codecs';
import { PartnershipError, refuse } from '../errors';
import { CouncilPolicy } from '../policy/councilPolicy';
import { ContractState, KpiState } from '../state';
import { own } from '../../shared/idRecord';

/**
 * The council's RAG for one measure: the shortfall against target, in basis points of the target
 * (rounded up, so a shortfall is never understated), against the KPI's tolerance bands. Meeting or
 * beating the target is green. A target of zero has no relative band: any shortfall is red.
 */
export const ragFor = (kpi: Pick<KpiState, 'target' | 'direction' | 'tolerance'>, actual: number): Rag => {
  const shortfall = kpi.direction === 'higher-is-better' ? kpi.target - actual : actual - kpi.target;
  if (shortfall <= 0) return 'green';
  if (kpi.target === 0) return 'red';
  const base = BigInt(Math.abs(kpi.target));
  const bps = (BigInt(shortfall) * 10_000n + base - 1n) / base;
  if (bps <= BigInt(kpi.tolerance.greenWithinBps)) return 'green';
  if (bps <= BigInt(kpi.tolerance.amberWithinBps)) return 'amber';
  return 'red';
};

/**
 * A KPI's tolerance bands must nest: the amber band reaches at least as far as the green one, or
 * no shortfall could be amber. Refused at the amber band (under `path`), or undefined when in order.
 */
export const toleranceRefusal = (
  tolerance: KpiState['tolerance'],
  path: readonly string[],
): PartnershipError | undefined =>
  tolerance.amberWithinBps < tolerance.greenWithinBps
    ? refuse(
        'ToleranceInvalid',
        `the amber band (${tolerance.amberWithinBps} bps) must reach at least as far as the green band (${tolerance.greenWithinBps} bps)`,
        [...path, 'amberWithinBps'],
      )
    : undefined;

/** Why this live module's performance holds back an expansion, or undefined when it does not. */
export const performanceConcern = (contract: ContractState, policy: CouncilPolicy): string | undefined => {
  const latest =
    contract.latestReviewId === null ? undefined : own(contract.reviews, contract.latestReviewId);
  if (latest === undefined) return `${contract.contractId} has not been reviewed`;
  if (!policy.expansion.acceptableRatings.includes(latest.rating)) {
    return `${contract.contractId} was last rated ${latest.rating} (${latest.reviewedOn}); expansion needs ${policy.expansion.acceptableRatings.join(' or ')}`;
  }
  if (!policy.expansion.acceptableDecisions.includes(latest.decision)) {
    return `${contract.contractId}'s last review (${latest.reviewedOn}) decided ${latest.decision}`;
  }
  if (contract.terminationNotice !== null) return `${contract.contractId} is under notice of termination`;
  return undefined;
};
