import { RecordedEvent } from '@council-partnerships/domain';
import { PartnershipAsOf } from '../replay/partnershipAsOf';
import { addTo, StreamFacts, streamFactsOf } from './streamFacts';

export interface ValueYear {
  readonly financialYear: string;
  readonly committedPence: number;
  readonly maximumPence: number;
  readonly verifiedPence: number;
}

export interface ClaimYear {
  readonly financialYear: string;
  readonly claimedPence: number;
  readonly verifiedPence: number;
  readonly disallowedPence: number;
  readonly marginPence: number;
  readonly payablePence: number;
}

export interface PartnershipReportData extends StreamFacts {
  readonly replay: PartnershipAsOf;
  readonly valueByYear: readonly ValueYear[];
  readonly claimsByYear: readonly ClaimYear[];
  readonly awaitingVerificationPence: number;
}

/**
 * What the committee report shows of one partnership, from its replay (the read models) and its own
 * stream (every return, claim, modification and correction, which the read models summarise).
 */
export const reportDataOf = (
  replay: PartnershipAsOf,
  events: readonly RecordedEvent[],
): PartnershipReportData => {
  const facts = streamFactsOf(events);
  const verified = new Map<string, ClaimYear>();
  let awaitingVerificationPence = 0;
  for (const contract of replay.value?.contracts ?? []) {
    if (contract.openBook === null) continue;
    awaitingVerificationPence += contract.openBook.awaitingVerificationPence;
    for (const y of contract.openBook.byFinancialYear) {
      addTo(
        verified,
        y.financialYear,
        () => ({
          financialYear: y.financialYear,
          claimedPence: 0,
          verifiedPence: 0,
          disallowedPence: 0,
          marginPence: 0,
          payablePence: 0,
        }),
        (c) => ({
          financialYear: c.financialYear,
          claimedPence: c.claimedPence + y.claimedPence,
          verifiedPence: c.verifiedPence + y.verifiedPence,
          disallowedPence: c.disallowedPence + y.disallowedPence,
          marginPence: c.marginPence + y.marginPence,
          payablePence: c.payablePence + y.payablePence,
        }),
      );
    }
  }
  const valueByYear = (replay.value?.byFinancialYear ?? []).map((y) => ({
    financialYear: y.financialYear,
    committedPence: y.committedPence,
    maximumPence: y.maximumPence,
    verifiedPence: verified.get(y.financialYear)?.verifiedPence ?? 0,
  }));
  const byLabel = <T extends { financialYear: string }>(a: T, b: T) =>
    a.financialYear < b.financialYear ? -1 : 1;
  return {
    replay,
    ...facts,
    valueByYear,
    claimsByYear: [...verified.values()].sort(byLabel),
    awaitingVerificationPence,
  };
};
