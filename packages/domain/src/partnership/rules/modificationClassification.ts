import { formatPounds } from '../../money';
import { Regime } from '../codecs';
import { ModificationClassification } from '../modification/classification';
import { groundOf, MODIFICATION_GROUNDS, ModificationGroundCode } from './modificationGrounds';

export interface ModificationInput {
  readonly regime: Regime;
  readonly lightTouch: boolean;
  /** The maximum term provided for on award, with every option, in months. */
  readonly maximumTermMonths: number;
  readonly termChangeMonths: number;
  /** The value of the contract on award: changes are measured against it, never against the value as changed. */
  readonly originalValuePence: number;
  readonly valueChangePence: number;
  /**
   * The net value of the contract's earlier below-threshold (PA 2023 s.74(6)) or de minimis (PCR 2015
   * reg 72(5)) modifications, aggregated with this one.
   */
  readonly earlierChangesPence?: number;
  /** The procurement threshold in force for this contract on the day of the change, when known. */
  readonly thresholdPence?: number | null;
  /** Works contracts have a 15% line where goods and services have 10% (s.74(4)(a)(ii); reg 72(5)(b)). */
  readonly works?: boolean;
  /** The change was advertised and written into the contract (a clear review clause or scope headroom). */
  readonly providedForInContract: boolean;
  /** Goods, services or works of a kind the contract did not already provide for (s.74(5)). */
  readonly materialScopeChange: boolean;
  /**
   * The authority's judgment whether the change moves the economic balance in the supplier's favour
   * (s.74(3)(c); reg 72(8)(b)). Left out, paying more for what the contract already provides is
   * taken to move it; say `false` where the rise buys more at the contract's own rates.
   */
  readonly economicBalanceToSupplier?: boolean;
  /**
   * The authority's judgment whether the change extends the scope of a PCR 2015 contract
   * considerably (reg 72(8)(c)), which the regulation gives no figure for. Left out, new scope or a
   * longer term is taken to extend it considerably; say `false` where the authority judges otherwise.
   */
  readonly considerableScopeExtension?: boolean;
  /** A ground from the closed list relied on for a change that would otherwise be substantial. */
  readonly permittedGround: ModificationGroundCode | null;
}

export interface ModificationOutcome {
  readonly classification: ModificationClassification;
  /** False when the change needs a new procurement: the classification's explanation says why. */
  readonly permitted: boolean;
}

/** 10% in basis points: the PA 2023 s.74(3)(a) line for term changes, and the goods and services value line. */
export const TEN_PERCENT_BPS = 1000;
/** 15%: the value line for works contracts (PA 2023 s.74(4)(a)(ii); PCR 2015 reg 72(5)(b)). */
export const FIFTEEN_PERCENT_BPS = 1500;

/** A relative change in basis points, rounded away from zero so that a change is never understated. */
const relativeBps = (change: number, base: number): number => {
  if (change === 0) return 0;
  if (base <= 0) return change > 0 ? 1_000_000 : -1_000_000;
  const magnitude = BigInt(Math.abs(change));
  const bps = Number((magnitude * 10_000n + BigInt(base) - 1n) / BigInt(base));
  return change > 0 ? bps : -bps;
};

const percent = (bps: number): string => `${(Math.abs(bps) / 100).toFixed(2)}%`;

interface Measured {
  readonly termChangeBps: number;
  readonly valueChangeBps: number;
  readonly aggregatePence: number;
  readonly aggregateBps: number;
  readonly lineBps: number;
  readonly threshold: number | null;
  readonly text: string;
}

const measure = (input: ModificationInput): Measured => {
  const termChangeBps = relativeBps(input.termChangeMonths, input.maximumTermMonths);
  const valueChangeBps = relativeBps(input.valueChangePence, input.originalValuePence);
  const aggregatePence = (input.earlierChangesPence ?? 0) + input.valueChangePence;
  const aggregateBps = relativeBps(aggregatePence, input.originalValuePence);
  const text =
    `term change ${percent(termChangeBps)} of the maximum term, value change ${percent(valueChangeBps)} of the original value ` +
    `(${formatPounds(input.originalValuePence)})` +
    ((input.earlierChangesPence ?? 0) !== 0
      ? `, ${percent(aggregateBps)} (${formatPounds(aggregatePence)}) with the earlier changes`
      : '');
  return {
    termChangeBps,
    valueChangeBps,
    aggregatePence,
    aggregateBps,
    lineBps: input.works === true ? FIFTEEN_PERCENT_BPS : TEN_PERCENT_BPS,
    threshold: input.thresholdPence ?? null,
    text,
  };
};

const thresholdText = (m: Measured): string =>
  m.threshold === null
    ? 'the threshold (not known for this date)'
    : `the threshold of ${formatPounds(m.threshold)}`;

/**
 * PA 2023 s.74(4): the modification itself moves the value by at most 10% (goods, services) or 15%
 * (works), the below-threshold modifications aggregated stay below the threshold, and it does not
 * change the scope. The percentage is of this change; the aggregate is against the threshold only.
 */
const belowThresholdUnderAct = (input: ModificationInput, m: Measured): boolean =>
  m.threshold !== null &&
  !input.materialScopeChange &&
  Math.abs(m.valueChangeBps) <= m.lineBps &&
  Math.abs(m.aggregatePence) < m.threshold;

/**
 * PCR 2015 reg 72(5): below both the threshold and 10% (15% for works) of the initial value, the
 * net cumulative value of successive modifications counted, and not altering the overall nature.
 */
const deMinimisUnderRegulations = (input: ModificationInput, m: Measured): boolean =>
  m.threshold !== null &&
  !input.materialScopeChange &&
  Math.abs(m.aggregatePence) < m.threshold &&
  Math.abs(m.aggregateBps) <= m.lineBps;

/**
 * PA 2023 s.75(2): no contract change notice for a modification that moves the value by at most
 * 10% (goods, services) or 15% (works) or the term by at most 10% of the maximum term, unless it is
 * a novation or assignment on corporate restructuring (Schedule 8 para 9). The two limbs are read
 * together here: a change beyond either line is published, since a notice not needed is harmless
 * and one omitted is a breach. Light-touch contracts are outside s.75 altogether (s.75(6)(b)).
 */
const changeNoticeUnderAct = (m: Measured, ground: ModificationGroundCode | null): boolean =>
  ground === 'pa2023-sch8-corporate-restructuring' ||
  Math.abs(m.valueChangeBps) > m.lineBps ||
  Math.abs(m.termChangeBps) > TEN_PERCENT_BPS;

const noticeWords = (required: boolean): string =>
  required
    ? '; a contract change notice must be published (s.75(1))'
    : `; no contract change notice: the value moves by no more than the line and the term by no more than 10% (s.75(2))`;

/** Paying more for what the contract already provides moves the balance, unless the authority records otherwise. */
const balanceToSupplier = (input: ModificationInput): boolean =>
  input.economicBalanceToSupplier ?? (input.valueChangePence > 0 && !input.materialScopeChange);

type Result = (
  provision: string,
  category: ModificationClassification['category'],
  substantial: boolean,
  changeNoticeRequired: boolean,
  explanation: string,
  options?: { readonly permitted?: boolean; readonly ground?: ModificationGroundCode | null },
) => ModificationOutcome;

const resultFor =
  (input: ModificationInput, m: Measured): Result =>
  (provision, category, substantial, changeNoticeRequired, explanation, options = {}) => ({
    classification: {
      regime: input.regime,
      provision,
      category,
      ground: options.ground ?? null,
      substantial,
      changeNoticeRequired,
      termChangeBps: m.termChangeBps,
      valueChangeBps: m.valueChangeBps,
      measures: {
        originalValuePence: input.originalValuePence,
        earlierChangesPence: input.earlierChangesPence ?? 0,
        aggregateChangePence: m.aggregatePence,
        thresholdPence: m.threshold,
        lineBps: m.lineBps,
      },
      explanation,
    },
    permitted: options.permitted ?? true,
  });

const groundsFor = (regime: 'PA2023' | 'PCR2015'): string =>
  Object.entries(MODIFICATION_GROUNDS)
    .filter(([, g]) => g.regime === regime)
    .map(([code]) => code)
    .join(', ');

/** A substantial change stands only on a ground of its own regime, within that ground's cap. */
const onGround = (
  input: ModificationInput,
  regime: 'PA2023' | 'PCR2015',
  why: string,
  provision: string,
  m: Measured,
  result: Result,
): ModificationOutcome => {
  const notice = regime === 'PA2023' && changeNoticeUnderAct(m, input.permittedGround);
  const refused = { permitted: false, ground: input.permittedGround };
  if (input.permittedGround === null) {
    return result(
      provision,
      'substantial-permitted-ground',
      true,
      notice,
      `${why}; no permitted ground was named: name one of ${groundsFor(regime)}, or procure anew`,
      refused,
    );
  }
  const ground = groundOf(input.permittedGround);
  if (ground.regime !== regime) {
    return result(
      provision,
      'substantial-permitted-ground',
      true,
      notice,
      `${why}; ${ground.provision} is not a ground under ${regime}: name one of ${groundsFor(regime)}`,
      refused,
    );
  }
  if (ground.capBps !== null && m.valueChangeBps > ground.capBps) {
    return result(
      ground.provision,
      'substantial-permitted-ground',
      true,
      notice,
      `${why}; ${ground.provision} permits an increase of at most ${percent(ground.capBps)} of the original value in one modification, and this one is ${percent(m.valueChangeBps)}`,
      refused,
    );
  }
  return result(
    ground.provision,
    'substantial-permitted-ground',
    true,
    notice,
    `${why}; permitted by ${ground.provision} (${ground.description})${regime === 'PA2023' ? noticeWords(notice) : ''}`,
    { ground: input.permittedGround },
  );
};

/**
 * PA 2023 s.74(1): a modification is permitted under Schedule 8 (a), not substantial (b), or a
 * below-threshold modification (c), which s.74(4)(d) keeps for changes that are neither of those:
 * a substantial change small enough in value. A light-touch contract may be modified freely (s.74(2)).
 */
const underAct = (input: ModificationInput, m: Measured, result: Result): ModificationOutcome => {
  if (input.lightTouch) {
    return result(
      'PA 2023 s.74(2)',
      'light-touch',
      false,
      false,
      `a light-touch contract may be modified freely: ${m.text}`,
    );
  }
  if (input.providedForInContract || input.permittedGround === 'pa2023-sch8-provided-for') {
    const notice = changeNoticeUnderAct(m, 'pa2023-sch8-provided-for');
    return result(
      'PA 2023 Schedule 8 para 1',
      'provided-for-in-contract',
      false,
      notice,
      `the change was provided for in the contract as advertised: ${m.text}${noticeWords(notice)}`,
      { ground: 'pa2023-sch8-provided-for' },
    );
  }
  const reasons = [
    Math.abs(m.termChangeBps) > TEN_PERCENT_BPS
      ? 'the term changes by more than 10% of the maximum term provided for on award (s.74(3)(a))'
      : null,
    input.materialScopeChange
      ? 'the scope changes materially: goods, services or works of a kind the contract did not provide for (s.74(3)(b), (5))'
      : null,
    balanceToSupplier(input) ? "the economic balance moves in the supplier's favour (s.74(3)(c))" : null,
  ].filter((r): r is string => r !== null);
  if (reasons.length === 0) {
    const notice = changeNoticeUnderAct(m, null);
    return result(
      'PA 2023 s.74(1)(b), (3)',
      'not-substantial',
      false,
      notice,
      `not substantial: ${m.text}${noticeWords(notice)}`,
    );
  }
  const why = `substantial: ${reasons.join('; ')}: ${m.text}`;
  if (input.permittedGround === null && belowThresholdUnderAct(input, m)) {
    const notice = changeNoticeUnderAct(m, null);
    return result(
      'PA 2023 s.74(1)(c), (4)',
      'below-threshold-modification',
      false,
      notice,
      `a below-threshold modification: ${m.text}; this change within ${percent(m.lineBps)} of the original value ` +
        `and the below-threshold modifications together (${formatPounds(m.aggregatePence)}) below ${thresholdText(m)} (s.74(4), (6))` +
        noticeWords(notice),
    );
  }
  const line =
    input.permittedGround === null && !input.materialScopeChange
      ? `; not a below-threshold modification (s.74(4)): this change must be within ${percent(m.lineBps)} of the original value ` +
        `and the below-threshold modifications together (${formatPounds(m.aggregatePence)}) below ${thresholdText(m)}`
      : '';
  return onGround(input, 'PA2023', `${why}${line}`, 'PA 2023 s.74(3)', m, result);
};

/** PCR 2015 reg 72: grounds (1)(a)-(f); substantial as reg 72(8) defines it; no light-touch freedom. */
const underRegulations2015 = (input: ModificationInput, m: Measured, result: Result): ModificationOutcome => {
  if (input.providedForInContract || input.permittedGround === 'pcr2015-reg72-1-a-review-clause') {
    return result(
      'PCR 2015 reg 72(1)(a)',
      'provided-for-in-contract',
      false,
      false,
      `the change was provided for in clear, precise and unequivocal review clauses: ${m.text}`,
      { ground: 'pcr2015-reg72-1-a-review-clause' },
    );
  }
  if (input.permittedGround === null && deMinimisUnderRegulations(input, m)) {
    return result(
      'PCR 2015 reg 72(1)(f), 72(5)',
      'below-threshold-modification',
      false,
      false,
      `de minimis: ${m.text}, the net cumulative value within ${percent(m.lineBps)} of the initial value and below ${thresholdText(m)}`,
    );
  }
  const considerable =
    input.considerableScopeExtension ?? (input.materialScopeChange || input.termChangeMonths > 0);
  const reasons = [
    considerable
      ? input.considerableScopeExtension === undefined
        ? 'it extends the scope of the contract, which is taken as considerable (reg 72(8)(c)) since no judgment was recorded: ' +
          'the regulation sets no figure, so record considerableScopeExtension: false where the authority judges the extension not considerable'
        : 'it extends the scope of the contract considerably, as the authority judged (reg 72(8)(c))'
      : null,
    balanceToSupplier(input)
      ? "it changes the economic balance in the contractor's favour in a manner not provided for in the initial contract (reg 72(8)(b))"
      : null,
  ].filter((r): r is string => r !== null);
  if (reasons.length > 0) {
    return onGround(
      input,
      'PCR2015',
      `substantial: ${reasons.join('; ')}: ${m.text}`,
      'PCR 2015 reg 72(8)',
      m,
      result,
    );
  }
  return result(
    'PCR 2015 reg 72(1)(e)',
    'not-substantial',
    false,
    false,
    `not substantial within reg 72(8): ${m.text}`,
  );
};

/** PCR 2006 had no rule of its own: a material change is a new award (Pressetext, C-454/06). */
const underRegulations2006 = (input: ModificationInput, m: Measured, result: Result): ModificationOutcome => {
  const law = 'PCR 2006 (Pressetext Nachrichtenagentur, C-454/06)';
  if (input.providedForInContract) {
    return result(
      law,
      'provided-for-in-contract',
      false,
      false,
      `the change was provided for in the contract as advertised: ${m.text}`,
    );
  }
  const material =
    input.materialScopeChange ||
    input.economicBalanceToSupplier === true ||
    Math.abs(m.termChangeBps) > TEN_PERCENT_BPS ||
    Math.abs(m.aggregateBps) > TEN_PERCENT_BPS;
  if (material) {
    return result(
      law,
      'substantial-permitted-ground',
      true,
      false,
      `a material change (new scope, economic balance or value beyond what was procured): ${m.text}; under PCR 2006 it is a new award and needs a procurement`,
      { permitted: false },
    );
  }
  return result(law, 'not-substantial', false, false, `not a material change: ${m.text}`);
};

/**
 * Classifies a change to a contract under the law it was let under: PA 2023 s.74-75 with Schedule 8,
 * PCR 2015 reg 72, or PCR 2006 as the courts read it. Every change is measured against the value on
 * award, with the earlier small changes aggregated (so ten small steps are no smaller than one big
 * one). Contracts below the thresholds are outside the regulated regime.
 */
export const classifyModification = (input: ModificationInput): ModificationOutcome => {
  const m = measure(input);
  const result = resultFor(input, m);
  switch (input.regime) {
    case 'below-threshold':
      return result(
        'council contract procedure rules',
        'outside-regulated-regime',
        false,
        false,
        `a contract below the thresholds: ${m.text}; no change notice`,
      );
    case 'PA2023':
      return underAct(input, m, result);
    case 'PCR2015':
      return underRegulations2015(input, m, result);
    case 'PCR2006':
      return underRegulations2006(input, m, result);
  }
};
