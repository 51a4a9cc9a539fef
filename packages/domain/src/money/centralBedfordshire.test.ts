import { applyBasisPoints } from './basisPoints';
import { formatPounds, formatPoundsCompact } from './format';
import { poundsToPence } from './parse';
import { sumPence } from './allocate';

const pounds = (text: string): number => {
  const parsed = poundsToPence(text);
  if (parsed._tag === 'Left') throw new Error(parsed.left.message);
  return parsed.right;
};

describe('Central Bedfordshire: the maximum commitment over seven years', () => {
  // Envelope £2.224M a year for 5 + 1 + 1 years; MTFP savings of £20k a year from year 1 and a
  // further £59k a year from year 2.
  const envelope = pounds('2,224,000');
  const firstSaving = pounds('20,000');
  const furtherSaving = pounds('59,000');
  const years = [1, 2, 3, 4, 5, 6, 7];

  it('is 2,224,000 x 7 - (20,000 x 7 + 59,000 x 6) = £15,074,000', () => {
    const yearly = years.map((year) => envelope - firstSaving - (year >= 2 ? furtherSaving : 0));
    const total = sumPence(yearly);
    expect(total).toBe(1_507_400_000);
    expect(formatPounds(total)).toBe('£15,074,000.00');
    expect(formatPoundsCompact(total)).toBe('£15.07m');
  });

  it('is made of the lots: five locality children’s-centre lots, youth (£404k) and supervised contact (£300k)', () => {
    const youth = sumPence([pounds('160,000'), pounds('189,000'), pounds('55,000')]);
    expect(formatPoundsCompact(youth)).toBe('£404k');
    expect(sumPence([pounds('1,520,000'), youth, pounds('300,000')])).toBe(envelope);
  });

  it('shows the savings as a share of the envelope: £79k is 3.55% of £2.224m', () => {
    // 79,000 / 2,224,000 = 355.2158 bps; applying 355 bps back gives £78,952.
    expect(applyBasisPoints(envelope, 355, 'half-up')).toBe(pounds('78,952'));
  });
});
