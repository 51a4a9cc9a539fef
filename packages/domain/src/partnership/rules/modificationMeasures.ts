import { formatPounds } from '../../money';
import { groundOf, MODIFICATION_GROUNDS, ModificationGroundCode } from './modificationGrounds';
import { ModificationClassification } from '../modification/classification';
import { ModificationInput, ModificationOutcome } from './modificationInput';

/*
 * How a change is measured for classification: against the maximum term, the value on award with
 * the earlier small changes, the percentage line and the threshold; and the tests each regime puts
 * those measures to.
 */

/** 10% in basis points: the PA 2023 s.74(3)(a) line for term changes, and the goods and services value line. */
export const TEN_PERCENT_BPS = 1000;
/** 15%: the value line for works contracts (PA 2023 s.74(4)(a)(ii); PCR 2015 reg 72(5)(b)). */
export const FIFTEEN_PERCENT_BPS = 1500;

/** A relative change in basis points, rounded away from zero so that a change is never understated. */
export const relativeBps = (change: number, base: number): number => {
  if (change === 0) return 0;
  if (base <= 0) return change > 0 ? 1_000_000 : -1_000_000;
  const magnitude = BigInt(Math.abs(change));
  const bps = Number((magnitude * 10_000n + BigInt(base) - 1n) / BigInt(base));
  return change > 0 ? bps : -bps;
};

export const percent = (bps: number): string => `${(Math.abs(bps) / 100).toFixed(2)}%`;

export interface Measured {
  readonly termChangeBps: number;
  readonly valueChangeBps: number;
  readonly aggregatePence: number;
  readonly aggregateBps: number;
  readonly lineBps: number;
  readonly threshold: number | null;
  readonly text: string;
}

export const measure = (input: ModificationInput): Measured => {
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

export const thresholdText = (m: Measured): string =>
  m.threshold === null
    ? 'the threshold (not known for this date)'
    : `the threshold of ${formatPounds(m.threshold)}`;

/**
 * PA 2023 s.74(4): the modification itself moves the value by at most 10% (goods, services) or 15%
 * (works), the below-threshold modifications aggregated stay below the threshold, and it does not
 * change the scope. The percentage is of this change; the aggregate is against the threshold only.
 */
export const belowThresholdUnderAct = (input: ModificationInput, m: Measured): boolean =>
  m.threshold !== null &&
  !input.materialScopeChange &&
  Math.abs(m.valueChangeBps) <= m.lineBps &&
  Math.abs(m.aggregatePence) < m.threshold;

/**
 * Whether an amount is strictly less than a share (in basis points) of a base, computed exactly:
 * the rounded basis points of `relativeBps` would put a change of 9.995% at the 10% line.
 */
export const belowShare = (amount: number, base: number, bps: number): boolean =>
  BigInt(Math.abs(amount)) * 10_000n < BigInt(bps) * BigInt(Math.max(base, 0));

/**
 * PCR 2015 reg 72(5): "the value of the modification is below both ... (a) the relevant threshold
 * ... and (b) 10% of the initial contract value for service and supply contracts and 15% of the
 * initial contract value for works contracts", the net cumulative value of successive modifications
 * counted (reg 72(6)), and not altering the overall nature. Below, so exactly 10% is not de minimis,
 * where PA 2023 s.74(4)(a) allows a change of "not ... more than" 10%.
 */
export const deMinimisUnderRegulations = (input: ModificationInput, m: Measured): boolean =>
  m.threshold !== null &&
  !input.materialScopeChange &&
  Math.abs(m.aggregatePence) < m.threshold &&
  belowShare(m.aggregatePence, input.originalValuePence, m.lineBps);

/**
 * PA 2023 s.75(2): no contract change notice for a modification that moves the value by at most
 * 10% (goods, services) or 15% (works) or the term by at most 10% of the maximum term, unless it is
 * a novation or assignment on corporate restructuring (Schedule 8 para 9). The two limbs are read
 * together here: a change beyond either line is published, since a notice not needed is harmless
 * and one omitted is a breach. Light-touch contracts are outside s.75 altogether (s.75(6)(b)).
 */
export const changeNoticeUnderAct = (m: Measured, ground: ModificationGroundCode | null): boolean =>
  ground === 'pa2023-sch8-corporate-restructuring' ||
  Math.abs(m.valueChangeBps) > m.lineBps ||
  Math.abs(m.termChangeBps) > TEN_PERCENT_BPS;

export const noticeWords = (required: boolean): string =>
  required
    ? '; a contract change notice must be published (s.75(1))'
    : `; no contract change notice: the value moves by no more than the line and the term by no more than 10% (s.75(2))`;

/** Paying more for what the contract already provides moves the balance, unless the authority records otherwise. */
export const balanceToSupplier = (input: ModificationInput): boolean =>
  input.economicBalanceToSupplier ?? (input.valueChangePence > 0 && !input.materialScopeChange);

export type Result = (
  provision: string,
  category: ModificationClassification['category'],
  substantial: boolean,
  changeNoticeRequired: boolean,
  explanation: string,
  options?: { readonly permitted?: boolean; readonly ground?: ModificationGroundCode | null },
) => ModificationOutcome;

export const resultFor =
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

export const groundsFor = (regime: 'PA2023' | 'PCR2015'): string =>
  Object.entries(MODIFICATION_GROUNDS)
    .filter(([, g]) => g.regime === regime)
    .map(([code]) => code)
    .join(', ');

/** A substantial change stands only on a ground of its own regime, within that ground's cap. */
export const onGround = (
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
