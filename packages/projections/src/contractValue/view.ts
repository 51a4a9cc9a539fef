import { own } from '@council-partnerships/domain';
import { ContractValueProjectionState, PartnershipValueState } from './state';
import { ContractFigures, contractFigures, FinancialYearValue, ValueFigures } from './figures';

export interface LotValue {
  readonly procurementId: string;
  readonly lotId: string;
  readonly title: string;
  readonly annualBudgetPence: number;
  readonly services: readonly { readonly name: string; readonly annualBudgetPence: number | null }[];
  readonly awardedTo: string | null;
  readonly awardedAnnualValuePence: number | null;
  readonly awardedTotalValuePence: number | null;
  /** Annual value of the contracts signed for the lot and still running. */
  readonly contractedAnnualValuePence: number;
}

export interface AdvertisedValue {
  readonly procurementId: string;
  readonly title: string;
  readonly procedure: string;
  readonly regime: string;
  readonly estimatedAnnualValuePence: number;
  readonly maximumTermMonths: number;
  /** The advertised maximum value over the maximum term (Leicestershire: £70m a year for 10 years). */
  readonly estimatedTotalValuePence: number;
  readonly cancelled: boolean;
}

export interface ExpansionHeadroom {
  /** The scope the agreement allows for (e.g. up to £2.8m a year); null when no agreement names one. */
  readonly potentialAnnualValuePence: number | null;
  /** Annual value of every contract signed and not ended, including modules still to start. */
  readonly currentAnnualValuePence: number;
  /** Potential less current; null without a potential. */
  readonly headroomPence: number | null;
  readonly proposedAnnualValuePence: number;
  /** Approved expansions not yet signed as service contracts. */
  readonly approvedNotContractedAnnualValuePence: number;
  readonly expansions: readonly {
    readonly expansionId: string;
    readonly title: string;
    readonly annualValuePence: number;
    readonly status: 'proposed' | 'approved' | 'rejected' | 'contracted';
  }[];
}

export interface CommissionerShare {
  readonly commissionerId: string;
  readonly name: string;
  readonly annualPence: number;
  readonly initialTermPence: number;
  readonly committedPence: number;
  readonly maximumPence: number;
}

/** A partnership's value: its `ValueFigures` add up those of its contracts (see `ValueFigures`). */
export interface PartnershipValue extends ValueFigures {
  readonly partnershipId: string;
  readonly title: string;
  readonly advertised: readonly AdvertisedValue[];
  /** The largest advertised maximum value of a procurement that was not cancelled. */
  readonly advertisedMaximumValuePence: number | null;
  readonly lots: readonly LotValue[];
  readonly contracts: readonly ContractFigures[];
  readonly byFinancialYear: readonly FinancialYearValue[];
  readonly expansion: ExpansionHeadroom;
  readonly commissionerShares: readonly CommissionerShare[];
  readonly openBook: {
    readonly claimedPence: number;
    readonly verifiedPence: number;
    readonly marginPence: number;
    readonly payablePence: number;
    readonly awaitingVerificationPence: number;
    /** Contracts paid more on verified claims than their maximum value, each with the excess. */
    readonly paidAboveMaximum: readonly { readonly contractId: string; readonly excessPence: number }[];
  };
  readonly externalFundingPence: number;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Not ended on `today`: signed, whether or not it has started. */
const notEnded = (c: ContractFigures, today: string | undefined): boolean =>
  c.ended === null ? today === undefined || c.endsOn >= today : today !== undefined && c.ended.on > today;

/** Running on `today`: started and not ended. A contract counts in annual values only from its start date. */
const isRunning = (c: ContractFigures, today: string | undefined): boolean =>
  notEnded(c, today) && (today === undefined || c.startsOn <= today);

const mergeYears = (contracts: readonly ContractFigures[]): FinancialYearValue[] => {
  const years = new Map<string, FinancialYearValue>();
  for (const year of contracts.flatMap((c) => c.byFinancialYear)) {
    const seen = years.get(year.financialYear);
    years.set(
      year.financialYear,
      seen === undefined
        ? year
        : {
            financialYear: year.financialYear,
            committedPence: seen.committedPence + year.committedPence,
            maximumPence: seen.maximumPence + year.maximumPence,
          },
    );
  }
  return [...years.values()].sort((a, b) => (a.financialYear < b.financialYear ? -1 : 1));
};

/**
 * The value figures of one partnership, to the penny. `today` (a business date) decides which
 * contracts are still running for the annual value; without it, every contract not ended counts.
 */
export const partnershipValue = (
  p: PartnershipValueState,
  options: { today?: string } = {},
): PartnershipValue => {
  const contracts = Object.values(p.contracts)
    .sort((a, b) =>
      a.signedOn === b.signedOn ? (a.contractId < b.contractId ? -1 : 1) : a.signedOn < b.signedOn ? -1 : 1,
    )
    .map(contractFigures);
  const running = contracts.filter((c) => isRunning(c, options.today));
  const annualValuePence = sum(running.map((c) => c.annualValuePence));

  const procurements = Object.values(p.procurements);
  const advertised = procurements.map((pr) => ({
    procurementId: pr.procurementId,
    title: pr.title,
    procedure: pr.procedure,
    regime: pr.regime,
    estimatedAnnualValuePence: pr.estimatedAnnualValuePence,
    maximumTermMonths: pr.maximumTermMonths,
    estimatedTotalValuePence: pr.estimatedTotalValuePence,
    cancelled: pr.cancelled,
  }));
  const open = advertised.filter((a) => !a.cancelled).map((a) => a.estimatedTotalValuePence);

  const lots = procurements.flatMap((pr) =>
    pr.lots.map((lot) => {
      const award = pr.awards.find((a) => a.lotId === lot.lotId);
      return {
        procurementId: pr.procurementId,
        lotId: lot.lotId,
        title: lot.title,
        annualBudgetPence: lot.annualBudgetPence,
        services: lot.services,
        awardedTo: award?.supplierName ?? null,
        awardedAnnualValuePence: award?.annualValuePence ?? null,
        awardedTotalValuePence: award?.totalValuePence ?? null,
        contractedAnnualValuePence: sum(
          running.filter((c) => c.lotId === lot.lotId).map((c) => c.annualValuePence),
        ),
      };
    }),
  );

  const contractedExpansions = new Set(contracts.map((c) => c.expansionId).filter((id) => id !== null));
  const expansions = Object.values(p.expansions).map((e) => ({
    expansionId: e.expansionId,
    title: e.title,
    annualValuePence: e.annualValuePence,
    status: contractedExpansions.has(e.expansionId) ? ('contracted' as const) : e.status,
  }));
  const potentials = contracts
    .filter((c) => c.tier === 1)
    .map((c) => own(p.contracts, c.contractId)?.potentialAnnualValuePence ?? null)
    .filter((v): v is number => v !== null);
  const potentialAnnualValuePence = potentials.length === 0 ? null : sum(potentials);
  // Headroom is taken by every contract signed and not ended, including modules still to start.
  const signedAnnualValuePence = sum(
    contracts.filter((c) => notEnded(c, options.today)).map((c) => c.annualValuePence),
  );

  const shares = new Map<string, CommissionerShare>();
  for (const share of contracts.flatMap((c) => c.shares)) {
    const seen = shares.get(share.commissionerId) ?? {
      commissionerId: share.commissionerId,
      name:
        p.commissioners.find((c) => c.commissionerId === share.commissionerId)?.name ?? share.commissionerId,
      annualPence: 0,
      initialTermPence: 0,
      committedPence: 0,
      maximumPence: 0,
    };
    shares.set(share.commissionerId, {
      ...seen,
      annualPence: seen.annualPence + share.annualPence,
      initialTermPence: seen.initialTermPence + share.initialTermPence,
      committedPence: seen.committedPence + share.committedPence,
      maximumPence: seen.maximumPence + share.maximumPence,
    });
  }

  const books = contracts.flatMap((c) => (c.openBook === null ? [] : [c.openBook]));
  return {
    partnershipId: p.partnershipId,
    title: p.title,
    advertised,
    advertisedMaximumValuePence: open.length === 0 ? null : Math.max(...open),
    lots,
    contracts,
    annualValuePence,
    initialTermValuePence: sum(contracts.map((c) => c.initialTermValuePence)),
    initialTermValueBeforeSavingsPence: sum(contracts.map((c) => c.initialTermValueBeforeSavingsPence)),
    committedValuePence: sum(contracts.map((c) => c.committedValuePence)),
    maximumValuePence: sum(contracts.map((c) => c.maximumValuePence)),
    maximumValueBeforeSavingsPence: sum(contracts.map((c) => c.maximumValueBeforeSavingsPence)),
    byFinancialYear: mergeYears(contracts),
    expansion: {
      potentialAnnualValuePence,
      currentAnnualValuePence: signedAnnualValuePence,
      headroomPence:
        potentialAnnualValuePence === null ? null : potentialAnnualValuePence - signedAnnualValuePence,
      proposedAnnualValuePence: sum(
        expansions.filter((e) => e.status === 'proposed').map((e) => e.annualValuePence),
      ),
      approvedNotContractedAnnualValuePence: sum(
        expansions.filter((e) => e.status === 'approved').map((e) => e.annualValuePence),
      ),
      expansions,
    },
    commissionerShares: [...shares.values()],
    openBook: {
      claimedPence: sum(books.map((b) => b.claimedPence)),
      verifiedPence: sum(books.map((b) => b.verifiedPence)),
      marginPence: sum(books.map((b) => b.marginPence)),
      payablePence: sum(books.map((b) => b.payablePence)),
      awaitingVerificationPence: sum(books.map((b) => b.awaitingVerificationPence)),
      paidAboveMaximum: contracts.flatMap((c) =>
        c.openBook !== null && c.openBook.payableAboveMaximumPence > 0
          ? [{ contractId: c.contractId, excessPence: c.openBook.payableAboveMaximumPence }]
          : [],
      ),
    },
    externalFundingPence: sum(p.externalFunding.map((f) => f.amountPence)),
  };
};

/** The value figures of one partnership from the projection's state; null if the log never named it. */
export const contractValueOf = (
  state: ContractValueProjectionState,
  partnershipId: string,
  options: { today?: string } = {},
): PartnershipValue | null => {
  const p = own(state.partnerships, partnershipId);
  return p === undefined ? null : partnershipValue(p, options);
};

export const allContractValues = (
  state: ContractValueProjectionState,
  options: { today?: string } = {},
): PartnershipValue[] =>
  Object.values(state.partnerships)
    .sort((a, b) => (a.partnershipId < b.partnershipId ? -1 : 1))
    .map((p) => partnershipValue(p, options));
