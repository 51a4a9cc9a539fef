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

/** A contract paid more on verified open-book claims than its maximum whole-life value. */
export interface PaidAboveMaximum {
  readonly contractId: string;
  readonly title: string;
  readonly maximumValuePence: number;
  readonly payablePence: number;
  readonly excessPence: number;
}

export interface PartnershipReportData extends StreamFacts {
  readonly replay: PartnershipAsOf;
  /** Payments an auditor must see first: nothing recorded allows them. */
  readonly paidAboveMaximum: readonly PaidAboveMaximum[];
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
  const contracts = replay.value?.contracts ?? [];
  const paidAboveMaximum = (replay.value?.openBook.paidAboveMaximum ?? []).map(
    ({ contractId, excessPence }) => {
      const contract = contracts.find((c) => c.contractId === contractId);
      return {
        contractId,
        title: contract?.title ?? contractId,
        maximumValuePence: contract?.maximumValuePence ?? 0,
        payablePence: contract?.openBook?.payablePence ?? 0,
        excessPence,
      };
    },
  );
  const byLabel = <T extends { financialYear: string }>(a: T, b: T) =>
    a.financialYear < b.financialYear ? -1 : 1;
  return {
    replay,
    ...facts,
    valueByYear,
    claimsByYear: [...verified.values()].sort(byLabel),
    paidAboveMaximum,
    awaitingVerificationPence,
  };
};
