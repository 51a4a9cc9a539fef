import { formatPounds } from '../../money';
import { PartnershipError, refuse } from '../errors';
import { Regime } from '../codecs';
import { categoryName, categoryOf, compareWithThreshold, vatWords } from '../rules/thresholds';
import { field } from '../phase/decision';

export interface LaunchValue {
  readonly regime: Regime;
  readonly lightTouch: boolean;
  readonly launchedOn: string;
  readonly estimatedTotalValuePence: number;
  readonly authority?: 'central' | 'sub-central' | undefined;
  readonly contractKind?: 'supplies' | 'services' | 'works' | undefined;
  readonly valuesIncludeVat?: boolean | undefined;
}

/**
 * A procurement labelled below-threshold must be below the threshold in force on its launch day
 * for what it buys: otherwise the law (PCR 2006, PCR 2015 or PA 2023) governs it, with its
 * standstill and its duties. A regulated label on a smaller value is the authority's choice.
 */
export const thresholdProblem = (data: LaunchValue): PartnershipError | undefined => {
  if (data.regime !== 'below-threshold') return undefined;
  const question = {
    launchedOn: data.launchedOn,
    lightTouch: data.lightTouch,
    authority: data.authority ?? 'sub-central',
    contractKind: data.contractKind ?? 'services',
    estimatedTotalValuePence: data.estimatedTotalValuePence,
    valuesIncludeVat: data.valuesIncludeVat ?? true,
  } as const;
  const answer = compareWithThreshold(question, field('launchedOn'));
  if (answer._tag === 'Left') return refuse('ThresholdUnknown', answer.left.message, answer.left.path);
  const { kind, row, thresholdPence } = answer.right;
  const threshold =
    `the ${row.provision} threshold for ${categoryName[categoryOf(question)]} of ${formatPounds(thresholdPence)} ` +
    `(${vatWords(row.vat)}; in force for procurements begun ${row.from} to ${row.to}; ${row.source})`;
  const value = `an estimated value of ${formatPounds(data.estimatedTotalValuePence)} (${
    question.valuesIncludeVat ? 'including VAT' : 'excluding VAT'
  }) on ${data.launchedOn}`;
  if (kind === 'at-or-above') {
    return refuse(
      'AboveThreshold',
      `${value} is at or above ${threshold}: the procurement is regulated under ${row.law}, not below-threshold`,
      field('regime'),
      { thresholdPence, law: row.law, from: row.from, to: row.to },
    );
  }
  if (kind === 'vat-basis-needed') {
    return refuse(
      'VatBasisNeeded',
      `${value} cannot be compared with ${threshold}: give the estimated value ${vatWords(row.vat)} (valuesIncludeVat: ${row.vat === 'inclusive'})`,
      field('valuesIncludeVat'),
      { thresholdPence },
    );
  }
  return undefined;
};
