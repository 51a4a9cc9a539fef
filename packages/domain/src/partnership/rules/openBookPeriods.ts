import { formatPounds } from '../../money';
import { PartnershipError, refuse } from '../errors';
import { ClaimState, ContractState } from '../state';

/**
 * One claim per contract and period: the margin on verified expenditure is paid once for any day
 * (the open-book terms add it to verified expenditure, not to every claim that names it). A claim
 * whose period overlaps another's is a duplicate; a mistaken claim is corrected, not claimed again.
 */
export const overlappingClaim = (
  c: ContractState,
  period: { readonly periodStart: string; readonly periodEnd: string },
  except: string | null,
  only: (claim: ClaimState) => boolean = () => true,
): { readonly claimId: string; readonly claim: ClaimState } | undefined => {
  for (const [claimId, claim] of Object.entries(c.claims)) {
    if (claimId === except || !only(claim)) continue;
    if (claim.periodStart <= period.periodEnd && period.periodStart <= claim.periodEnd)
      return { claimId, claim };
  }
  return undefined;
};

export const duplicateClaim = (
  c: ContractState,
  claimId: string,
  earlier: { readonly claimId: string; readonly claim: ClaimState },
  path: readonly string[],
): PartnershipError =>
  refuse(
    'DuplicateClaim',
    `one verified claim per contract and period: claim ${claimId} on ${c.contractId} overlaps claim ${earlier.claimId} ` +
      `(${earlier.claim.periodStart} to ${earlier.claim.periodEnd}, ${formatPounds(earlier.claim.claimedPence)}, ` +
      (earlier.claim.verifiedPence === null
        ? 'awaiting verification'
        : `verified at ${formatPounds(earlier.claim.verifiedPence)}`) +
      `); correct claim ${earlier.claimId} instead of claiming the period again`,
    path,
    {
      earlierClaimId: earlier.claimId,
      periodStart: earlier.claim.periodStart,
      periodEnd: earlier.claim.periodEnd,
    },
  );
