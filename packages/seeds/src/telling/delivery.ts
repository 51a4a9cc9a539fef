import { Cast } from './cast';
import { Period, plusDays } from './periods';
import { londonTime, Script } from './script';

export interface MeasuredKpi {
  readonly kpiId: string;
  /** The partner's actual for the period (a whole number in the KPI's unit). */
  readonly actual: (period: Period) => number;
}

export interface OpenBookClaims {
  /** Expenditure the partner claims for the period, in pence. */
  readonly claimed: (period: Period) => number;
  /** What the council's finance officer verifies of it (never more than claimed). */
  readonly verified: (period: Period) => number;
}

/**
 * Staff costs and running costs: the seeds say nothing of how claims break down, so this split is
 * illustrative; the parts always add up to the claim exactly.
 */
export const claimLines = (claimedPence: number) => {
  const staff = Math.floor((claimedPence * 4) / 5);
  return [
    { category: 'Staff (illustrative split)', amountPence: staff },
    { category: 'Running costs (illustrative split)', amountPence: claimedPence - staff },
  ];
};

export interface DeliveryOptions {
  /**
   * The London date a period's return and its approval were entered in the council's system, when
   * that was not the day each happened (sent and approved by email, typed in weeks later).
   */
  readonly returnEnteredOn?: (period: Period) => string | undefined;
}

/**
 * The routine of live delivery for one contract over a run of periods: the partner submits its
 * performance return ten days after the period, a contract manager approves it, and on an open-book
 * contract the partner claims its expenditure and a finance officer verifies it.
 */
export const recordDelivery = (
  script: Script,
  cast: Cast,
  contractId: string,
  runs: readonly Period[],
  measures: readonly MeasuredKpi[],
  claims?: OpenBookClaims,
  options: DeliveryOptions = {},
): void => {
  for (const period of runs) {
    const returnId = `${contractId}-return-${period.start}`;
    const submittedOn = plusDays(period.end, 10);
    const enteredOn = options.returnEnteredOn?.(period);
    const late = enteredOn === undefined ? {} : { recordedAt: londonTime(enteredOn, '10:00') };
    script.add(
      'SubmitPerformanceReturn',
      cast.partner,
      submittedOn,
      {
        contractId,
        returnId,
        periodStart: period.start,
        periodEnd: period.end,
        submittedOn,
        measures: measures.map((m) => ({ kpiId: m.kpiId, actual: m.actual(period) })),
      },
      late,
    );
    script.add(
      'ApprovePerformanceReturn',
      cast.contractManager,
      plusDays(submittedOn, 7),
      { contractId, returnId, approvedOn: plusDays(submittedOn, 7) },
      late,
    );
    if (claims === undefined) continue;
    const claimId = `${contractId}-claim-${period.start}`;
    const claimedPence = claims.claimed(period);
    script.add('ClaimExpenditure', cast.partner, submittedOn, {
      contractId,
      claimId,
      periodStart: period.start,
      periodEnd: period.end,
      claimedOn: submittedOn,
      claimedPence,
      lines: claimLines(claimedPence),
    });
    script.add('VerifyExpenditure', cast.finance, plusDays(submittedOn, 14), {
      contractId,
      claimId,
      verifiedOn: plusDays(submittedOn, 14),
      verifiedPence: claims.verified(period),
    });
  }
};
