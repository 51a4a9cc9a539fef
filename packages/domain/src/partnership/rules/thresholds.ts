import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../../shared/errors';
import { PA2023_COMMENCEMENT, PCR2015_COMMENCEMENT } from './regimes';

/** Which table of thresholds governs: the law a procurement begun on a date falls under. */
export type ThresholdLaw = 'PCR2006' | 'PCR2015' | 'PA2023';

/**
 * What is bought, by whom: central government or a sub-central authority (a council), supplies and
 * services, works, or light-touch services (PCR 2015 Schedule 3; PA 2023 s.9; PCR 2006 Part B services).
 */
export type ThresholdCategory =
  'central-supplies-services' | 'sub-central-supplies-services' | 'works' | 'light-touch';

/** Whether a figure includes VAT: thresholds have included it since 1 January 2022. */
export type VatBasis = 'inclusive' | 'exclusive';

export interface ThresholdRow {
  readonly law: ThresholdLaw;
  /** First and last day (inclusive) the figures apply to procurements begun on them. */
  readonly from: string;
  readonly to: string;
  readonly vat: VatBasis;
  readonly pence: Readonly<Record<ThresholdCategory, number>>;
  /** The provision and the instrument that set the figures. */
  readonly provision: string;
  readonly source: string;
}

const pounds = (value: number): number => value * 100;

const row = (
  law: ThresholdLaw,
  from: string,
  to: string,
  vat: VatBasis,
  [central, subCentral, works, lightTouch]: readonly [number, number, number, number],
  provision: string,
  source: string,
): ThresholdRow => ({
  law,
  from,
  to,
  vat,
  pence: {
    'central-supplies-services': pounds(central),
    'sub-central-supplies-services': pounds(subCentral),
    works: pounds(works),
    'light-touch': pounds(lightTouch),
  },
  provision,
  source,
});

/**
 * The thresholds as law, dated. Figures are revised every two years from 1 January; each row says
 * which procurements it governs (by the day they are begun), whether it includes VAT, and where it
 * comes from. PCR 2006 had no light-touch regime: Part B services (Schedule 3) are given the
 * sub-central supplies and services figure, which the OGC gave them for every authority ("Part B
 * (residual) services ... have a threshold of £156,442" in 2010); reg 5(2) applied only part of the
 * Regulations to them, and no standstill.
 */
export const THRESHOLDS: readonly ThresholdRow[] = [
  row(
    'PCR2006',
    '2008-01-01',
    '2009-12-31',
    'exclusive',
    [90_319, 139_893, 3_497_313, 139_893],
    'PCR 2006 reg 8',
    'Commission Regulation (EC) No 1422/2007',
  ),
  row(
    'PCR2006',
    '2010-01-01',
    '2011-12-31',
    'exclusive',
    [101_323, 156_442, 3_927_260, 156_442],
    'PCR 2006 reg 8',
    'Commission Regulation (EC) No 1177/2009',
  ),
  row(
    'PCR2006',
    '2012-01-01',
    '2013-12-31',
    'exclusive',
    [113_057, 173_934, 4_348_350, 173_934],
    'PCR 2006 reg 8',
    'Commission Regulation (EU) No 1251/2011',
  ),
  row(
    'PCR2006',
    '2014-01-01',
    '2015-02-25',
    'exclusive',
    [111_676, 172_514, 4_322_012, 172_514],
    'PCR 2006 reg 8',
    'Commission Regulation (EU) No 1336/2013',
  ),
  row(
    'PCR2015',
    '2015-02-26',
    '2015-12-31',
    'exclusive',
    [111_676, 172_514, 4_322_012, 625_050],
    'PCR 2015 reg 5(1)',
    'Public Contracts Regulations 2015 (SI 2015/102) as made',
  ),
  row(
    'PCR2015',
    '2016-01-01',
    '2017-12-31',
    'exclusive',
    [106_047, 164_176, 4_104_394, 589_148],
    'PCR 2015 reg 5(1)',
    'Commission Delegated Regulation (EU) 2015/2170',
  ),
  row(
    'PCR2015',
    '2018-01-01',
    '2019-12-31',
    'exclusive',
    [118_133, 181_302, 4_551_413, 615_278],
    'PCR 2015 reg 5(1)',
    'Commission Delegated Regulation (EU) 2017/2365',
  ),
  row(
    'PCR2015',
    '2020-01-01',
    '2021-12-31',
    'exclusive',
    [122_976, 189_330, 4_733_252, 663_540],
    'PCR 2015 reg 5(1)',
    'Commission Delegated Regulation (EU) 2019/1828; Cabinet Office PPN 06/19',
  ),
  row(
    'PCR2015',
    '2022-01-01',
    '2023-12-31',
    'inclusive',
    [138_760, 213_477, 5_336_937, 663_540],
    'PCR 2015 reg 5(1)',
    'Public Procurement (Agreement on Government Procurement) (Thresholds) (Amendment) Regulations 2021; Cabinet Office PPN 10/21 (thresholds include VAT from 1 January 2022)',
  ),
  row(
    'PCR2015',
    '2024-01-01',
    '2025-02-23',
    'inclusive',
    [139_688, 214_904, 5_372_609, 663_540],
    'PCR 2015 reg 5(1)',
    'Public Procurement (Agreement on Government Procurement) (Thresholds) (Amendment) Regulations 2023; Cabinet Office PPN 11/23',
  ),
  row(
    'PA2023',
    '2025-02-24',
    '2025-12-31',
    'inclusive',
    [139_688, 214_904, 5_372_609, 663_540],
    'PA 2023 Schedule 1',
    'Procurement Act 2023 Schedule 1 as amended by the Procurement Act 2023 (Consequential and Other Amendments) Regulations 2025 (SI 2025/163) reg 3, from 24 February 2025',
  ),
  row(
    'PA2023',
    '2026-01-01',
    '2027-12-31',
    'inclusive',
    [135_018, 207_720, 5_193_000, 663_540],
    'PA 2023 Schedule 1',
    'Procurement Act 2023 (Threshold Amounts) (Amendment) Regulations 2025, for procurements begun on or after 1 January 2026 (not those the Welsh Ministers regulate); PPN 023: 2026 Threshold Amounts',
  ),
];

const FIRST_DAY = THRESHOLDS[0]?.from ?? '';
const LAST_DAY = THRESHOLDS[THRESHOLDS.length - 1]?.to ?? '';

/** The law whose thresholds govern a procurement begun on this day (whatever its label says). */
export const thresholdLawOn = (launchedOn: string): ThresholdLaw =>
  launchedOn >= PA2023_COMMENCEMENT ? 'PA2023' : launchedOn >= PCR2015_COMMENCEMENT ? 'PCR2015' : 'PCR2006';

/**
 * The row of thresholds governing a procurement begun on `launchedOn`; a day outside the table is
 * refused, naming the day and the table's span, rather than answered with the nearest figures.
 */
export const thresholdsOn = (
  launchedOn: string,
  path: readonly string[],
): Either<InvalidInput, ThresholdRow> => {
  const found = THRESHOLDS.find((r) => r.from <= launchedOn && launchedOn <= r.to);
  if (found !== undefined) return right(found);
  return left(
    invalidInput(
      `no procurement thresholds are known for ${launchedOn}: the table runs from ${FIRST_DAY} to ${LAST_DAY}; ` +
        'thresholds are revised every two years from 1 January, and a later revision must be added to the table',
      path,
    ),
  );
};

export const categoryName: Readonly<Record<ThresholdCategory, string>> = {
  'central-supplies-services': 'supplies and services, central government',
  'sub-central-supplies-services': 'supplies and services, sub-central authorities',
  works: 'works',
  'light-touch': 'light-touch services',
};

export interface ThresholdQuestion {
  readonly launchedOn: string;
  readonly lightTouch: boolean;
  readonly authority: 'central' | 'sub-central';
  readonly contractKind: 'supplies' | 'services' | 'works';
  readonly estimatedTotalValuePence: number;
  readonly valuesIncludeVat: boolean;
}

export type ThresholdAnswer =
  | { readonly kind: 'below'; readonly row: ThresholdRow; readonly thresholdPence: number }
  | { readonly kind: 'at-or-above'; readonly row: ThresholdRow; readonly thresholdPence: number }
  /** The value and the threshold are on different VAT bases and the answer depends on the VAT. */
  | { readonly kind: 'vat-basis-needed'; readonly row: ThresholdRow; readonly thresholdPence: number };

export const categoryOf = (
  q: Pick<ThresholdQuestion, 'lightTouch' | 'authority' | 'contractKind'>,
): ThresholdCategory =>
  q.lightTouch
    ? 'light-touch'
    : q.contractKind === 'works'
      ? 'works'
      : q.authority === 'central'
        ? 'central-supplies-services'
        : 'sub-central-supplies-services';

/**
 * Is the estimated value at or above the threshold in force on the launch day? A value is above a
 * threshold when it is equal to or greater than it (PCR 2015 reg 5(1); PA 2023 s.3(2)(a): "not less
 * than"). A value including VAT below a threshold excluding it is below; one at or above it may not
 * be, and the same the other way round: those need the value on the threshold's basis.
 */
export const compareWithThreshold = (
  q: ThresholdQuestion,
  path: readonly string[],
): Either<InvalidInput, ThresholdAnswer> => {
  const found = thresholdsOn(q.launchedOn, path);
  if (found._tag === 'Left') return found;
  const row = found.right;
  const thresholdPence = row.pence[categoryOf(q)];
  const atOrAbove = q.estimatedTotalValuePence >= thresholdPence;
  const sameBasis = (row.vat === 'inclusive') === q.valuesIncludeVat;
  const kind: ThresholdAnswer['kind'] = sameBasis
    ? atOrAbove
      ? 'at-or-above'
      : 'below'
    : q.valuesIncludeVat
      ? atOrAbove
        ? 'vat-basis-needed'
        : 'below'
      : atOrAbove
        ? 'at-or-above'
        : 'vat-basis-needed';
  return right({ kind, row, thresholdPence });
};

export const vatWords = (basis: VatBasis): string =>
  basis === 'inclusive' ? 'including VAT' : 'excluding VAT';
