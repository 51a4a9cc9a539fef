import { PartnershipError, refuse } from '../errors';
import { LATEST_DATE, termEndDate } from '../dates';
import {
  AnnualTerminationClause,
  ExtensionOptions,
  ExtensionOptionsInput,
  FundingShare,
  OpenBookTerms,
  SavingsLine,
  Term,
} from '../events/contractTerms';
import {
  deriveTerms,
  DerivedTerms,
  MAXIMUM_TERM_MONTHS,
  optionMonths as monthsOfOptions,
  termMonths,
} from '../rules/contractTerms';
import { PartnershipState, ProcurementState } from '../state';
import { field } from '../phase/decision';
import { checkExtensionOptions } from './extensionTerms';
import { checkSavings } from './savings';
import { own } from '../../shared/idRecord';

export interface TermsInput {
  readonly signedOn: string;
  readonly startsOn: string;
  readonly initialTerm: Term;
  readonly annualValuePence: number;
  readonly extensionOptions?: ExtensionOptionsInput;
  readonly annualTerminationClause?: AnnualTerminationClause;
  readonly openBook?: OpenBookTerms;
  readonly savingsSchedule?: readonly SavingsLine[];
  readonly fundingShares?: readonly FundingShare[];
  readonly initialTermValuePence?: number;
}

export interface CheckedTerms extends DerivedTerms {
  readonly extensionOptions: ExtensionOptions;
  readonly annualTerminationClause: AnnualTerminationClause | null;
  readonly openBook: OpenBookTerms | null;
  readonly savingsSchedule: SavingsLine[];
  readonly fundingShares: FundingShare[];
}

/** Checks the terms a council wrote and derives the dates and values every reader needs. */
export const checkTerms = (
  input: TermsInput,
  state: PartnershipState,
  tier: 1 | 2,
): PartnershipError | CheckedTerms => {
  const months = termMonths(input.initialTerm);
  const options = checkExtensionOptions(input.extensionOptions, input.annualValuePence, tier);
  if (!Array.isArray(options)) return options;
  const optionMonths = monthsOfOptions(options);
  if (months === 0)
    return refuse('TermInvalid', 'the initial term must be at least one month', field('initialTerm'));
  if (months + optionMonths > MAXIMUM_TERM_MONTHS) {
    return refuse(
      'TermInvalid',
      `the term with every option is ${months + optionMonths} months; at most ${MAXIMUM_TERM_MONTHS} are allowed`,
      field('extensionOptions'),
    );
  }
  if (termEndDate(input.startsOn, months + optionMonths) > LATEST_DATE) {
    return refuse(
      'TermInvalid',
      `a contract starting ${input.startsOn} would run past ${LATEST_DATE}`,
      field('startsOn'),
    );
  }
  const clause = input.annualTerminationClause;
  if (clause !== undefined && (clause.exercisableBy.length === 0 || clause.noticeMonths > 120)) {
    return refuse(
      'TermInvalid',
      'an annual termination clause names who may use it and a notice period of at most 120 months',
      field('annualTerminationClause'),
    );
  }
  const shares = input.fundingShares ?? [];
  if (shares.length > 0) {
    const seen = new Set<string>();
    for (const [i, share] of shares.entries()) {
      if (own(state.commissioners, share.commissionerId) === undefined) {
        return refuse(
          'UnknownCommissioner',
          `${share.commissionerId} funds this contract but is not a commissioner of the partnership; add it first`,
          field('fundingShares', String(i), 'commissionerId'),
        );
      }
      if (seen.has(share.commissionerId)) {
        return refuse(
          'FundingSharesInvalid',
          `${share.commissionerId} has two funding shares`,
          field('fundingShares', String(i)),
        );
      }
      seen.add(share.commissionerId);
    }
    const sum = shares.reduce((acc, s) => acc + s.shareBasisPoints, 0);
    if (sum !== 10_000) {
      return refuse(
        'FundingSharesInvalid',
        `funding shares must add up to 10000 basis points (100%); they add up to ${sum}`,
        field('fundingShares'),
      );
    }
  }
  const derived = deriveTerms({
    startsOn: input.startsOn,
    initialTerm: input.initialTerm,
    extensionOptions: options,
    annualValuePence: input.annualValuePence,
    ...(input.initialTermValuePence !== undefined
      ? { initialTermValuePence: input.initialTermValuePence }
      : {}),
  });
  const savings = input.savingsSchedule ?? [];
  const savingsRefused = checkSavings(savings, {
    startsOn: input.startsOn,
    maximumTermMonths: derived.maximumTermMonths,
    annualValuePence: input.annualValuePence,
  });
  if (savingsRefused !== undefined) return savingsRefused;
  return {
    ...derived,
    extensionOptions: options,
    annualTerminationClause:
      clause === undefined
        ? null
        : { noticeMonths: clause.noticeMonths, exercisableBy: [...clause.exercisableBy] },
    openBook:
      input.openBook === undefined
        ? null
        : { marginBasisPoints: input.openBook.marginBasisPoints, rounding: input.openBook.rounding },
    savingsSchedule: savings.map((s) =>
      'fromContractYear' in s
        ? { label: s.label, fromContractYear: s.fromContractYear, annualAmountPence: s.annualAmountPence }
        : { label: s.label, fromFinancialYear: s.fromFinancialYear, annualAmountPence: s.annualAmountPence },
    ),
    fundingShares: shares.map((s) => ({
      commissionerId: s.commissionerId,
      shareBasisPoints: s.shareBasisPoints,
    })),
  };
};

export const isTermsError = (value: PartnershipError | CheckedTerms): value is PartnershipError =>
  'code' in value;

/**
 * May a contract for this lot be signed with this supplier on this day? It needs the award decision
 * for that supplier and, where the law requires or the council chose one, a standstill that has ended.
 */
export const clearedToSign = (
  p: ProcurementState,
  lotId: string,
  supplierId: string,
  signedOn: string,
): PartnershipError | undefined => {
  if (own(p.lots, lotId) === undefined)
    return refuse('UnknownLot', `procurement ${p.procurementId} has no lot ${lotId}`, field('lotId'));
  const award = own(p.awards, lotId);
  if (award === undefined) {
    return refuse(
      'NotAwarded',
      `lot ${lotId} has no award decision; a contract is signed only after the award decision`,
      field('lotId'),
    );
  }
  if (award.supplierId !== supplierId) {
    return refuse(
      'SupplierNotAwarded',
      `lot ${lotId} was awarded to ${award.supplierName} (${award.supplierId}), not ${supplierId}`,
      field('lotId'),
    );
  }
  if (signedOn < award.decidedOn) {
    return refuse(
      'DatesOutOfOrder',
      `the contract cannot be signed (${signedOn}) before the award decision (${award.decidedOn})`,
      field('signedOn'),
    );
  }
  if (p.regime === 'below-threshold') return undefined;
  const standstill = own(p.standstills, lotId);
  if (standstill === undefined) {
    if (p.regime === 'PA2023' && p.lightTouch) return undefined;
    return refuse(
      'StandstillRequired',
      `under ${p.regime} the contract for lot ${lotId} cannot be entered into before a standstill: issue the standstill notice and wait for it to end`,
      field('lotId'),
    );
  }
  if (signedOn < standstill.earliestSigningDate) {
    return refuse(
      'StandstillNotEnded',
      `standstill ends ${standstill.lastDay}; the agreement can be signed from ${standstill.earliestSigningDate}`,
      field('signedOn'),
      { lastDay: standstill.lastDay, earliestSigningDate: standstill.earliestSigningDate },
    );
  }
  // No standstill was required (light touch, a recorded exemption) and none was observed: nothing to end.
  if (!standstill.mandatory && !standstill.voluntary) return undefined;
  if (standstill.endedOn === null) {
    return refuse(
      'StandstillNotEnded',
      `the standstill for lot ${lotId} ran to ${standstill.lastDay} but its end has not been recorded; record that it ended (no challenge suspended the award) before signing`,
      field('lotId'),
      { lastDay: standstill.lastDay, earliestSigningDate: standstill.earliestSigningDate },
    );
  }
  return undefined;
};
