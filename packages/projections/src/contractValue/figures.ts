import { lastDayOfTerm, plusDays } from '../dates';
import { allocateByShares } from '@council-partnerships/domain';
import { ContractValueState } from './state';
import { financialYearLabel, monthlySchedule, spreadOverMonths } from './schedule';

export interface FinancialYearValue {
  /** April to March, written '2019/20'. */
  readonly financialYear: string;
  /** Value falling in the year under the contract as it now stands (initial term, options taken up, changes). */
  readonly committedPence: number;
  /** Value falling in the year if every extension option is taken up. */
  readonly maximumPence: number;
}

export interface ShareOfValue {
  readonly commissionerId: string;
  readonly shareBasisPoints: number;
  readonly annualPence: number;
  readonly initialTermPence: number;
  readonly committedPence: number;
  readonly maximumPence: number;
}

export interface OpenBookYear {
  readonly financialYear: string;
  /** The contract's committed value for the year: what the council budgeted to pay. */
  readonly budgetPence: number;
  readonly claimedPence: number;
  readonly verifiedPence: number;
  readonly disallowedPence: number;
  /** Margin is earned on verified expenditure only. */
  readonly marginPence: number;
  readonly payablePence: number;
  /** Budget less payable: positive is an underspend. */
  readonly variancePence: number;
}

export interface OpenBookFigures {
  readonly marginBasisPoints: number;
  readonly claimedPence: number;
  readonly verifiedPence: number;
  readonly disallowedPence: number;
  readonly marginPence: number;
  readonly payablePence: number;
  /** Claims still awaiting verification: nothing is payable on them yet. */
  readonly awaitingVerificationPence: number;
  /**
   * Payable on verified claims beyond the contract's maximum whole-life value (with every option and
   * change), or 0: paying it needs a modification the council has not recorded.
   */
  readonly payableAboveMaximumPence: number;
  readonly byFinancialYear: readonly OpenBookYear[];
}

/**
 * The value figures of one contract. A partnership's figures of the same names are the sums over its
 * contracts (the annual value over those running on the date asked about), so they share one shape.
 */
export interface ValueFigures {
  /** The annual price now (after any modification), before savings. */
  readonly annualValuePence: number;
  /** The initial term's value after savings; `initialTermValueBeforeSavingsPence` as signed. */
  readonly initialTermValuePence: number;
  readonly initialTermValueBeforeSavingsPence: number;
  readonly committedValuePence: number;
  /** Whole-life value with every extension option, after savings (MTFP), with every modification. */
  readonly maximumValuePence: number;
  readonly maximumValueBeforeSavingsPence: number;
}

export interface ContractFigures extends ValueFigures {
  readonly contractId: string;
  readonly tier: 1 | 2;
  readonly title: string;
  readonly agreementId: string | null;
  readonly lotId: string | null;
  readonly expansionId: string | null;
  readonly supplierId: string;
  readonly supplierName: string;
  readonly startsOn: string;
  readonly endsOn: string;
  /** The last day of the contract if every extension option is taken up (or later, if modified). */
  readonly maximumEndsOn: string;
  readonly ended: { readonly on: string; readonly how: 'expired' | 'terminated' } | null;
  readonly savingsOverMaximumTermPence: number;
  /**
   * The maximum value as recorded at signing (or as a correction of the dates priced it again), for
   * comparison with the figure worked out with every change.
   */
  readonly recordedMaximumValuePence: number;
  readonly byFinancialYear: readonly FinancialYearValue[];
  readonly shares: readonly ShareOfValue[];
  readonly openBook: OpenBookFigures | null;
}

interface Slice {
  readonly startsOn: string;
  readonly financialYear: string;
  readonly amountPence: number;
  readonly committed: boolean;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const scheduleOf = (c: ContractValueState) =>
  monthlySchedule({
    startsOn: c.startsOn,
    initialTermMonths: c.initialTermMonths,
    maximumTermMonths: c.maximumTermMonths,
    initialTermValuePence: c.recordedInitialTermValuePence,
    maximumValuePence: c.recordedMaximumValuePence,
    options: c.extensionOptions,
    savings: c.savings,
  });

/** Every dated slice of a contract's value: its schedule, then what each modification added. */
const slicesOf = (c: ContractValueState): Slice[] => {
  const committedMonths = Math.min(
    c.initialTermMonths + sum(c.extensionsExercised.map((e) => e.lengthMonths)),
    Math.max(c.maximumTermMonths, c.initialTermMonths),
  );
  const scheduled = scheduleOf(c).map((month) => ({ ...month, committed: month.index < committedMonths }));
  const modified = [
    ...c.modifications.flatMap((m) =>
      m.termChangeMonths > 0
        ? spreadOverMonths(m.valueChangePence, plusDays(m.previousEndsOn, 1), m.newEndsOn)
        : spreadOverMonths(m.valueChangePence, m.agreedOn, m.agreedOn),
    ),
    // The agreement's option committed the module for months its own terms never provided for.
    ...c.extendedWithAgreement.flatMap((e) =>
      spreadOverMonths(e.valuePence, plusDays(e.previousEndsOn, 1), e.newEndsOn),
    ),
  ];
  const all = [...scheduled, ...modified.map((s) => ({ ...s, committed: true }))];
  // A terminated contract is worth nothing after it ended, whatever its options were.
  return c.ended?.how === 'terminated' ? all.filter((s) => s.startsOn <= c.ended!.on) : all;
};

const byYear = (slices: readonly Slice[]): FinancialYearValue[] => {
  const years = new Map<string, { committedPence: number; maximumPence: number }>();
  for (const s of slices) {
    const year = years.get(s.financialYear) ?? { committedPence: 0, maximumPence: 0 };
    years.set(s.financialYear, {
      committedPence: year.committedPence + (s.committed ? s.amountPence : 0),
      maximumPence: year.maximumPence + s.amountPence,
    });
  }
  return [...years.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([financialYear, value]) => ({ financialYear, ...value }));
};

/** Exact shares: the parts of every figure add up to the figure, to the penny. */
const sharesOf = (
  c: ContractValueState,
  figures: { annual: number; initial: number; committed: number; maximum: number },
): ShareOfValue[] => {
  if (c.fundingShares.length === 0) return [];
  const bps = c.fundingShares.map((s) => s.shareBasisPoints);
  const split = (total: number) => {
    const parts = allocateByShares(total, bps);
    return parts._tag === 'Right' ? parts.right : bps.map(() => 0);
  };
  const [annual, initial, committed, maximum] = [
    split(figures.annual),
    split(figures.initial),
    split(figures.committed),
    split(figures.maximum),
  ];
  return c.fundingShares.map((share, i) => ({
    commissionerId: share.commissionerId,
    shareBasisPoints: share.shareBasisPoints,
    annualPence: annual[i] ?? 0,
    initialTermPence: initial[i] ?? 0,
    committedPence: committed[i] ?? 0,
    maximumPence: maximum[i] ?? 0,
  }));
};

const openBookOf = (
  c: ContractValueState,
  years: readonly FinancialYearValue[],
  maximumValuePence: number,
): OpenBookFigures | null => {
  const pending = Object.values(c.pendingClaims);
  const verified = Object.entries(c.verifiedByYear);
  if (c.openBook === null && pending.length === 0 && verified.length === 0) return null;
  const perYear = new Map<string, Omit<OpenBookYear, 'financialYear' | 'budgetPence' | 'variancePence'>>();
  const zero = { claimedPence: 0, verifiedPence: 0, disallowedPence: 0, marginPence: 0, payablePence: 0 };
  for (const year of years) perYear.set(year.financialYear, zero);
  for (const [key, totals] of verified) {
    const year = perYear.get(key) ?? zero;
    perYear.set(key, {
      claimedPence: year.claimedPence + totals.claimedPence,
      verifiedPence: year.verifiedPence + totals.verifiedPence,
      disallowedPence: year.disallowedPence + totals.disallowedPence,
      marginPence: year.marginPence + totals.marginPence,
      payablePence: year.payablePence + totals.payablePence,
    });
  }
  for (const claim of pending) {
    const key = financialYearLabel(claim.periodStart);
    const year = perYear.get(key) ?? zero;
    perYear.set(key, { ...year, claimedPence: year.claimedPence + claim.claimedPence });
  }
  const byFinancialYear = [...perYear.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([financialYear, totals]) => {
      const budgetPence = years.find((y) => y.financialYear === financialYear)?.committedPence ?? 0;
      return { financialYear, budgetPence, ...totals, variancePence: budgetPence - totals.payablePence };
    });
  const total = (pick: (y: OpenBookYear) => number) => sum(byFinancialYear.map(pick));
  return {
    marginBasisPoints: c.openBook?.marginBasisPoints ?? 0,
    claimedPence: total((y) => y.claimedPence),
    verifiedPence: total((y) => y.verifiedPence),
    disallowedPence: total((y) => y.disallowedPence),
    marginPence: total((y) => y.marginPence),
    payablePence: total((y) => y.payablePence),
    awaitingVerificationPence: sum(pending.map((cl) => cl.claimedPence)),
    payableAboveMaximumPence: Math.max(0, total((y) => y.payablePence) - maximumValuePence),
    byFinancialYear,
  };
};

/** Works out every figure of one contract from its recorded terms and changes. */
export const contractFigures = (c: ContractValueState): ContractFigures => {
  const slices = slicesOf(c);
  const years = byYear(slices);
  const schedule = scheduleOf(c);
  const initialTermValuePence = sum(schedule.filter((m) => m.initialTerm).map((m) => m.amountPence));
  const committedValuePence = sum(slices.filter((s) => s.committed).map((s) => s.amountPence));
  const maximumValuePence = sum(slices.map((s) => s.amountPence));
  const modificationsPence =
    sum(c.modifications.map((m) => m.valueChangePence)) +
    sum(c.extendedWithAgreement.map((e) => e.valuePence));
  const maximumValueBeforeSavingsPence =
    c.ended?.how === 'terminated'
      ? maximumValuePence
      : sum(schedule.map((m) => m.beforeSavingsPence)) + modificationsPence;
  const figures = {
    annual: c.currentAnnualValuePence,
    initial: initialTermValuePence,
    committed: committedValuePence,
    maximum: maximumValuePence,
  };
  const scheduledEnd = lastDayOfTerm(c.startsOn, Math.max(c.maximumTermMonths, c.initialTermMonths));
  return {
    contractId: c.contractId,
    tier: c.tier,
    title: c.title,
    agreementId: c.agreementId,
    lotId: c.lotId,
    expansionId: c.expansionId,
    supplierId: c.supplierId,
    supplierName: c.supplierName,
    startsOn: c.startsOn,
    endsOn: c.ended?.how === 'terminated' ? c.ended.on : c.endsOn,
    maximumEndsOn:
      c.ended?.how === 'terminated' ? c.ended.on : scheduledEnd > c.endsOn ? scheduledEnd : c.endsOn,
    ended: c.ended,
    annualValuePence: c.currentAnnualValuePence,
    initialTermValuePence,
    initialTermValueBeforeSavingsPence: sum(
      schedule.filter((m) => m.initialTerm).map((m) => m.beforeSavingsPence),
    ),
    committedValuePence,
    maximumValuePence,
    maximumValueBeforeSavingsPence,
    savingsOverMaximumTermPence: maximumValueBeforeSavingsPence - maximumValuePence,
    recordedMaximumValuePence: c.recordedMaximumValuePence,
    byFinancialYear: years,
    shares: sharesOf(c, figures),
    openBook: openBookOf(c, years, maximumValuePence),
  };
};
