import { addCalendarDays } from '../../calendar';
import {
  compareWithThreshold,
  ThresholdQuestion,
  THRESHOLDS,
  thresholdLawOn,
  thresholdsOn,
} from './thresholds';

const services: Omit<ThresholdQuestion, 'launchedOn' | 'estimatedTotalValuePence'> = {
  lightTouch: false,
  authority: 'sub-central',
  contractKind: 'services',
  valuesIncludeVat: true,
};
const kindOf = (launchedOn: string, pence: number, more: Partial<ThresholdQuestion> = {}) => {
  const answer = compareWithThreshold(
    { ...services, ...more, launchedOn, estimatedTotalValuePence: pence },
    [],
  );
  if (answer._tag === 'Left') throw new Error(answer.left.message);
  return answer.right;
};

describe('the thresholds table', () => {
  it('runs without gap or overlap from 1 January 2008 to 31 December 2027, each row with its provision and source', () => {
    for (const [i, row] of THRESHOLDS.entries()) {
      expect(row.from <= row.to).toBe(true);
      expect(row.provision).not.toBe('');
      expect(row.source).not.toBe('');
      const next = THRESHOLDS[i + 1];
      if (next !== undefined) {
        const dayAfter = addCalendarDays(row.to, 1);
        expect(dayAfter._tag === 'Right' && dayAfter.right).toBe(next.from);
      }
    }
    expect(THRESHOLDS[0]?.from).toBe('2008-01-01');
    expect(THRESHOLDS[THRESHOLDS.length - 1]?.to).toBe('2027-12-31');
  });

  it('changes law on the commencement days: PCR 2015 from 26 February 2015, PA 2023 from 24 February 2025', () => {
    expect(thresholdLawOn('2015-02-25')).toBe('PCR2006');
    expect(thresholdLawOn('2015-02-26')).toBe('PCR2015');
    expect(thresholdLawOn('2025-02-23')).toBe('PCR2015');
    expect(thresholdLawOn('2025-02-24')).toBe('PA2023');
    for (const row of THRESHOLDS) expect(thresholdLawOn(row.from)).toBe(row.law);
  });

  it('includes VAT from 1 January 2022 (Cabinet Office PPN 10/21) and excludes it before', () => {
    for (const row of THRESHOLDS) expect(row.vat).toBe(row.from >= '2022-01-01' ? 'inclusive' : 'exclusive');
  });

  it('gives the sub-central services threshold as £214,904 until 31 December 2025 and £207,720 from 1 January 2026, light touch £663,540 throughout (PA 2023 Schedule 1; Threshold Amounts (Amendment) Regulations 2025)', () => {
    expect(kindOf('2025-12-31', 0).thresholdPence).toBe(21_490_400);
    expect(kindOf('2026-01-01', 0).thresholdPence).toBe(20_772_000);
    expect(kindOf('2026-01-01', 0, { lightTouch: true }).thresholdPence).toBe(66_354_000);
    expect(kindOf('2026-01-01', 0, { contractKind: 'works' }).thresholdPence).toBe(519_300_000);
    expect(kindOf('2026-01-01', 0, { authority: 'central' }).thresholdPence).toBe(13_501_800);
  });

  it('refuses a day outside the table, naming the day and the span', () => {
    const late = thresholdsOn('2028-01-01', ['data', 'launchedOn']);
    expect(late._tag === 'Left' && late.left).toMatchObject({
      code: 'InvalidInput',
      path: ['data', 'launchedOn'],
    });
    expect(late._tag === 'Left' && late.left.message).toContain('2008-01-01 to 2027-12-31');
    expect(thresholdsOn('2007-12-31', [])._tag).toBe('Left');
  });
});

describe('comparing an estimated value with the threshold', () => {
  it('counts a value equal to the threshold as above it ("not less than", PA 2023 Schedule 1)', () => {
    expect(kindOf('2026-03-02', 66_354_000, { lightTouch: true }).kind).toBe('at-or-above');
    expect(kindOf('2026-03-02', 66_353_999, { lightTouch: true }).kind).toBe('below');
  });

  it("Bevan Brittan's worked example (25 November 2025): local authority services worth £205,000 net of VAT are £246,000 with VAT, over the £207,720 threshold", () => {
    expect(kindOf('2026-01-05', 24_600_000).kind).toBe('at-or-above');
    // Given net of VAT, £205,000 is below the figure but the VAT may carry it over: the basis is asked for.
    expect(kindOf('2026-01-05', 20_500_000, { valuesIncludeVat: false }).kind).toBe('vat-basis-needed');
  });

  it('before 2022 compares on the VAT-exclusive basis: a gross value below the net threshold is below, one above it needs the net value', () => {
    expect(kindOf('2019-03-01', 10_000_000).kind).toBe('below');
    expect(kindOf('2019-03-01', 20_000_000).kind).toBe('vat-basis-needed');
    expect(kindOf('2019-03-01', 20_000_000, { valuesIncludeVat: false }).kind).toBe('at-or-above');
  });
});
