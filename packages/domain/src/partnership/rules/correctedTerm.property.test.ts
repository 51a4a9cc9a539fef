import * as fc from 'fast-check';
import { termEndDate } from '../dates';
import { proRata } from './contractTerms';
import { correctedTerm, monthsFromTo, TermPricing } from './correctedTerm';

const anyStart = fc
  .integer({ min: 0, max: 3650 })
  .map((days) => new Date(Date.UTC(2020, 0, 1 + days)).toISOString().slice(0, 10));

/** A contract as signed: whole months, priced from its annual value or as a lump sum. */
const anySigned = fc
  .record({
    startsOn: anyStart,
    months: fc.integer({ min: 1, max: 120 }),
    optionMonths: fc.integer({ min: 0, max: 60 }),
    annualValuePence: fc.integer({ min: 0, max: 10_000_000_000 }),
    lumpSumPence: fc.option(fc.integer({ min: 0, max: 50_000_000_000 })),
  })
  .map((s) => ({
    dates: { startsOn: s.startsOn, endsOn: termEndDate(s.startsOn, s.months) },
    term: {
      initialTermMonths: s.months,
      maximumTermMonths: s.months + s.optionMonths,
      annualValuePence: s.annualValuePence,
      initialTermValuePence: s.lumpSumPence ?? proRata(s.annualValuePence, s.months),
    } satisfies TermPricing,
  }));

const anyDates = fc
  .record({ startsOn: anyStart, days: fc.integer({ min: 27, max: 3650 }) })
  .map(({ startsOn, days }) => ({
    startsOn,
    endsOn: new Date(Date.parse(startsOn) + days * 86_400_000).toISOString().slice(0, 10),
  }));

interface Dates {
  readonly startsOn: string;
  readonly endsOn: string;
}

/** The term as priced once the contract's dates are corrected from `from` to `to`. */
const redated = (term: TermPricing, from: Dates, to: Dates): TermPricing =>
  correctedTerm(term, { previousStartsOn: from.startsOn, previousEndsOn: from.endsOn, ...to });

describe("a correction of a contract's dates", () => {
  it('undone by a second correction leaves the term and its value as signed', () => {
    fc.assert(
      fc.property(anySigned, anyDates, ({ term, dates }, corrected) => {
        const once = redated(term, dates, corrected);
        const undone = redated(once, corrected, dates);
        // A lump sum the corrected months happen to price exactly reads, from then on, as priced from the annual value.
        const { annualValuePence: annual, initialTermValuePence: value } = term;
        const lumpSumPricedByChance =
          value !== proRata(annual, term.initialTermMonths) &&
          once.initialTermMonths !== term.initialTermMonths &&
          value === proRata(annual, once.initialTermMonths);
        fc.pre(!lumpSumPricedByChance);
        expect(undone).toEqual(term);
      }),
    );
  });

  it('keeps the options: the maximum term moves by exactly what the initial term moves', () => {
    fc.assert(
      fc.property(anySigned, anyDates, ({ term, dates }, corrected) => {
        const after = redated(term, dates, corrected);
        expect(after.maximumTermMonths - after.initialTermMonths).toBe(
          term.maximumTermMonths - term.initialTermMonths,
        );
        expect(after.initialTermMonths).toBe(monthsFromTo(corrected.startsOn, corrected.endsOn));
      }),
    );
  });
});
