import { Regime } from '../codecs';
import { ModificationClassification } from '../events/change';

export interface ModificationInput {
  readonly regime: Regime;
  readonly lightTouch: boolean;
  /** The maximum term provided for on award, with every option, in months. */
  readonly maximumTermMonths: number;
  readonly termChangeMonths: number;
  /** The value of the contract on award (its initial term). */
  readonly originalValuePence: number;
  readonly valueChangePence: number;
  /** The change was advertised and written into the contract (a clear review clause or scope headroom). */
  readonly providedForInContract: boolean;
  /** New or different services beyond what was procured (a material change of scope, s.74(3)(b)). */
  readonly materialScopeChange: boolean;
  /** A Schedule 8 ground relied on for a change that would otherwise be substantial. */
  readonly permittedGround: string | null;
}

export interface ModificationOutcome {
  readonly classification: ModificationClassification;
  /** False when the change is substantial and no permitted ground is named: it needs a new procurement. */
  readonly permitted: boolean;
}

/** 10% in basis points: the PA 2023 s.74 line for term changes and for below-threshold value changes (services). */
export const TEN_PERCENT_BPS = 1000;

/** A relative change in basis points, rounded away from zero so that a change is never understated. */
const relativeBps = (change: number, base: number): number => {
  if (change === 0) return 0;
  if (base <= 0) return change > 0 ? 1_000_000 : -1_000_000;
  const magnitude = BigInt(Math.abs(change));
  const bps = Number((magnitude * 10_000n + BigInt(base) - 1n) / BigInt(base));
  return change > 0 ? bps : -bps;
};

const percent = (bps: number): string => `${(Math.abs(bps) / 100).toFixed(2)}%`;

/**
 * Classifies a change to a contract under PA 2023 s.74-75. Contracts let under PCR 2015 are put to
 * the same tests (the nearest equivalents of reg 72); contracts below the thresholds are outside
 * the regulated regime. Light-touch contracts may be modified freely.
 */
export const classifyModification = (input: ModificationInput): ModificationOutcome => {
  const termChangeBps = relativeBps(input.termChangeMonths, input.maximumTermMonths);
  const valueChangeBps = relativeBps(input.valueChangePence, input.originalValuePence);
  const law =
    input.regime === 'PA2023'
      ? 'PA 2023 s.74-75'
      : input.regime === 'PCR2015'
        ? 'PCR 2015 reg 72 (PA 2023 s.74 tests)'
        : 'council contract procedure rules';
  const noticeUnderAct = input.regime === 'PA2023';
  const measured = `term change ${percent(termChangeBps)} of the maximum term, value change ${percent(valueChangeBps)} of the original value`;
  const result = (
    category: ModificationClassification['category'],
    substantial: boolean,
    changeNoticeRequired: boolean,
    explanation: string,
    permitted = true,
  ): ModificationOutcome => ({
    classification: {
      law,
      category,
      substantial,
      changeNoticeRequired,
      termChangeBps,
      valueChangeBps,
      explanation,
    },
    permitted,
  });

  if (input.regime === 'below-threshold') {
    return result(
      'outside-regulated-regime',
      false,
      false,
      `a contract below the thresholds: ${measured}; no change notice`,
    );
  }
  if (input.lightTouch) {
    return result(
      'light-touch',
      false,
      false,
      `a light-touch contract may be modified freely: ${measured}; no change notice`,
    );
  }
  if (input.providedForInContract) {
    return result(
      'provided-for-in-contract',
      false,
      noticeUnderAct,
      `the change was provided for in the contract as advertised: ${measured}` +
        (noticeUnderAct ? '; a contract change notice must be published' : ''),
    );
  }
  const termSubstantial = Math.abs(termChangeBps) > TEN_PERCENT_BPS;
  const scopeSubstantial = input.materialScopeChange && Math.abs(valueChangeBps) > TEN_PERCENT_BPS;
  if (termSubstantial || scopeSubstantial) {
    const why = termSubstantial
      ? `substantial: the term changes by more than 10% of the maximum term (${measured})`
      : `substantial: the scope changes materially beyond what the contract provided for (${measured})`;
    return input.permittedGround === null
      ? result(
          'substantial-permitted-ground',
          true,
          noticeUnderAct,
          `${why}; no permitted ground was named`,
          false,
        )
      : result(
          'substantial-permitted-ground',
          true,
          noticeUnderAct,
          `${why}; permitted on the ground: ${input.permittedGround}` +
            (noticeUnderAct ? '; a contract change notice must be published' : ''),
        );
  }
  if (Math.abs(valueChangeBps) <= TEN_PERCENT_BPS) {
    return result(
      'below-threshold-modification',
      false,
      false,
      `a below-threshold modification: ${measured} (at most 10% for services); no change notice`,
    );
  }
  return result(
    'not-substantial',
    false,
    noticeUnderAct,
    `not substantial (the term moves by at most 10%), but the value moves by more than 10%: ${measured}` +
      (noticeUnderAct ? '; a contract change notice must be published' : ''),
  );
};
