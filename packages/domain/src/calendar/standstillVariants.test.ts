import { BUILT_IN_HOLIDAYS, requireKnownYears } from './holidayCalendar';
import { standstillPeriod, StandstillInput, StandstillPeriod } from './standstill';
import { valueOf } from './testing/dates';

/** Notices for an ordinary (not light-touch) contract, with what the case adds. */
const notice = (
  regime: StandstillInput['regime'],
  noticeDate: string,
  more: Partial<StandstillInput> = {},
): StandstillInput => ({ regime, noticeDate, lightTouch: false, ...more });
const standstill = (input: StandstillInput): StandstillPeriod => valueOf(standstillPeriod(input));
const refusal = (input: StandstillInput) => {
  const result = standstillPeriod(input);
  if (result._tag === 'Right') throw new Error(`expected a refusal, got ${JSON.stringify(result.right)}`);
  return result.left;
};

describe('PCR 2015 reg 87(3): notices sent by other means than fax or electronic means', () => {
  // PCR 2015 reg 87 (https://www.legislation.gov.uk/uksi/2015/102/regulation/87): "(2) Where the
  // contracting authority sends a regulation 86 notice to all the relevant economic operators by
  // facsimile or electronic means, the standstill period ends at midnight at the end of the 10th day
  // after the relevant sending date. (3) Where the contracting authority sends a regulation 86 notice
  // to all the relevant economic operators only by other means, the standstill period ends at
  // whichever of the following occurs first:— (a) midnight at the end of the 15th day after the
  // relevant sending date; (b) midnight at the end of 10th day after the date on which the last of
  // the economic operators to receive such a notice receives it." Reg 2(4): a period counted forward
  // that "would (but for this paragraph) have ended on a day which is not a working day ... is to end
  // at the end of the next working day".
  it('end 15 days after sending when the day of receipt is not known: posted Monday 3 March 2025, to Tuesday 18 March', () => {
    expect(standstill(notice('PCR2015', '2025-03-03', { noticeMethod: 'other' }))).toMatchObject({
      mandatory: true,
      lastDay: '2025-03-18',
      earliestSigningDate: '2025-03-19',
    });
  });

  it('end 10 days after the last notice was received when that is earlier: received Tuesday 4 March, to Friday 14 March', () => {
    const period = standstill(
      notice('PCR2015', '2025-03-03', { noticeMethod: 'other', lastReceivedOn: '2025-03-04' }),
    );
    expect(period.lastDay).toBe('2025-03-14');
    expect(period.rule).toContain('whichever is first');
    expect(period.rule).toContain('PCR 2015 reg 87(3)');
  });

  it('keep 15 days after sending when the last notice arrived late: received 10 March, so still 18 March', () => {
    expect(
      standstill(notice('PCR2015', '2025-03-03', { noticeMethod: 'other', lastReceivedOn: '2025-03-10' }))
        .lastDay,
    ).toBe('2025-03-18');
  });

  it('refuse a day of receipt for electronic notices, or one before sending, naming the field', () => {
    expect(refusal(notice('PCR2015', '2025-03-03', { lastReceivedOn: '2025-03-04' }))).toMatchObject({
      code: 'InvalidInput',
      path: ['lastReceivedOn'],
    });
    expect(
      refusal(notice('PCR2015', '2025-03-03', { noticeMethod: 'other', lastReceivedOn: '2025-03-01' })),
    ).toMatchObject({ path: ['lastReceivedOn'] });
  });

  it('do not exist under PA 2023, where the standstill runs from publication of the contract award notice', () => {
    expect(refusal(notice('PA2023', '2025-03-03', { noticeMethod: 'other' }))).toMatchObject({
      path: ['noticeMethod'],
    });
  });
});

describe('PCR 2006 reg 32A, as inserted by the Public Contracts (Amendment) Regulations 2009 (SI 2009/2992)', () => {
  // The worked example published by Bevan Brittan's Procurement Portal (Lexology, 2010,
  // https://www.lexology.com/library/detail.aspx?g=42819746-ad16-4b6f-9186-c4f2530b2e10): award
  // letters emailed on Tuesday 23 March 2010 would end the standstill "on midnight at the end of the
  // tenth day", Friday 2 April, but "the standstill period must end on a working day (and Friday 2
  // April is Good Friday). The next available working day is Tuesday 6 April ... The contract can
  // therefore be signed from 12.01am at the start of Wednesday 7 April." PCR 2006 reg 2(4)(c): "the
  // last day of that period is not a working day, the period shall be extended to include the next
  // working day"; reg 2(1): a working day is not "a Saturday, Sunday, Christmas Day, Good Friday or
  // Bank Holiday within the meaning of the Banking and Financial Dealings Act 1971".
  it('counts 10 days from electronic notices: sent Tuesday 23 March 2010, the 10th day is Good Friday 2 April, so to Tuesday 6 April, signed from Wednesday 7 April', () => {
    const period = standstill(notice('PCR2006', '2010-03-23'));
    expect(period).toMatchObject({
      mandatory: true,
      lastDay: '2010-04-06',
      earliestSigningDate: '2010-04-07',
    });
    expect(period.rule).toContain('PCR 2006 reg 32A');
    expect(period.rule).toContain('PCR 2006 reg 2(4)(c)');
  });

  // PCR 2006 reg 5(2): "Whenever a contracting authority seeks offers in relation to a proposed Part
  // B services contract ... (a) Parts 1, 9 and 10 apply; and (b) the following provisions in Parts 2
  // to 8 apply— (i) regulation 9 ...; (ii) regulation 31 ...; (iii) regulation 40(2) ...; (iv)
  // regulation 41 ...; and (v) regulation 42": regs 32 and 32A are not among them. Lexology (Bevan
  // Brittan, 2009, https://www.lexology.com/library/detail.aspx?g=27172d8f-c3d3-40b6-9440-dbbfb8c30f39):
  // "according to the strict letter of the Regulations, there is no requirement to hold a standstill
  // period prior to awarding contracts for Part B services; see Regulation 5(2)", though after Federal
  // Security Services v Chief Constable of the PSNI (2009) a voluntary one is prudent.
  it('requires none for a Part B services contract (light touch), which may observe one voluntarily', () => {
    const partB = standstill(notice('PCR2006', '2012-05-17', { lightTouch: true }));
    expect(partB).toMatchObject({ mandatory: false, earliestSigningDate: '2012-05-17' });
    expect(partB.rule).toContain('PCR 2006 reg 5(2)');
    const voluntary = standstill(notice('PCR2006', '2012-05-17', { lightTouch: true, voluntary: true }));
    // Ten days from Thursday 17 May 2012 is Sunday 27 May, so to Monday 28 May (reg 2(4)(c)).
    expect(voluntary).toMatchObject({ mandatory: false, lastDay: '2012-05-28' });
    expect(voluntary.rule).toContain('observed voluntarily');
  });

  it('refuses notices sent before the amendment came into force on 20 December 2009, naming the date', () => {
    expect(refusal(notice('PCR2006', '2009-12-01')).message).toContain('2009-12-20');
  });

  // The same Lexology answer: "As the procurement was first advertised on or after 20 December 2009,
  // the new Regulation 32A introduced by the Remedies Directive will apply": it is the procurement's
  // beginning, not the notices' date, that brings it under reg 32A.
  it('governs only procurements begun on or after 20 December 2009: one advertised on 21 December 2009 counts, one begun on 1 December 2009 is refused', () => {
    expect(standstill(notice('PCR2006', '2010-03-23', { procurementBegunOn: '2009-12-21' })).lastDay).toBe(
      '2010-04-06',
    );
    const before = refusal(notice('PCR2006', '2010-03-23', { procurementBegunOn: '2009-12-01' }));
    expect(before).toMatchObject({ code: 'InvalidInput', path: ['procurementBegunOn'] });
    expect(before.message).toContain('begun on 2009-12-01');
  });
});

// PA 2023 s.51(3) (https://www.legislation.gov.uk/ukpga/2023/54/section/51): "Subsection (1) does
// not apply in relation to a contract that is— (a) awarded under section 41 by reference to paragraph
// 13 of Schedule 5 (direct award: extreme and unavoidable urgency); (b) awarded under section 41 by
// reference to regulations under section 42 (direct award to protect life, etc); (c) awarded under
// section 41 or 43 ... by a private utility; (d) awarded in accordance with a framework; (e) awarded
// by reference to a dynamic market; (f) a light touch contract." A user choice contract is not in
// that list: s.50(6)(b) spares it the contract award notice the standstill of s.51(2) runs from.
// PCR 2015 reg 86(5)(a)-(c) and PCR 2006 reg 32(6A), (6B) and (7) spare the award decision notices
// the standstill of reg 87(1) and reg 32A depends on.
describe('exemptions from the mandatory standstill, a closed list', () => {
  it('PA 2023 s.51(3)(a): a direct award on extreme and unavoidable urgency may be entered into on the notice date', () => {
    const period = standstill(notice('PA2023', '2025-06-02', { exemption: 'pa2023-direct-award-urgency' }));
    expect(period).toMatchObject({ mandatory: false, earliestSigningDate: '2025-06-02' });
    expect(period.rule).toContain('PA 2023 s.51(3)(a)');
    expect(period.rule).toContain('extreme and unavoidable urgency');
  });

  it('names the paragraph of s.51(3) for each PA 2023 ground, and s.50(6)(b) for a user choice contract', () => {
    const rule = (exemption: StandstillInput['exemption']) =>
      standstill(notice('PA2023', '2025-06-02', { exemption })).rule;
    expect(rule('pa2023-direct-award-protect-life')).toContain('PA 2023 s.51(3)(b)');
    expect(rule('pa2023-framework-call-off')).toContain('PA 2023 s.51(3)(d)');
    expect(rule('pa2023-dynamic-market')).toContain('PA 2023 s.51(3)(e)');
    expect(rule('pa2023-user-choice')).toContain('PA 2023 s.50(6)(b)');
    expect(rule('pa2023-user-choice')).toContain('no contract award notice is required');
  });

  it('a call-off under a PCR 2015 framework needs no standstill (reg 86(5)(c))', () => {
    const period = standstill(notice('PCR2015', '2019-05-17', { exemption: 'pcr-framework-call-off' }));
    expect(period).toMatchObject({ mandatory: false, earliestSigningDate: '2019-05-17' });
    expect(period.rule).toContain('PCR 2015 reg 86(5)(c)');
  });

  it('a contract under a PCR 2006 dynamic purchasing system needs none either (reg 32(7): "a framework agreement or a dynamic purchasing system")', () => {
    const period = standstill(
      notice('PCR2006', '2012-05-17', { exemption: 'pcr-dynamic-purchasing-system' }),
    );
    expect(period).toMatchObject({ mandatory: false, earliestSigningDate: '2012-05-17' });
    expect(period.rule).toContain('PCR 2006 reg 32(7)');
  });

  it('may still be observed voluntarily: eight working days, recorded as not mandatory', () => {
    const period = standstill(
      notice('PA2023', '2025-03-03', { exemption: 'pa2023-framework-call-off', voluntary: true }),
    );
    expect(period).toMatchObject({ mandatory: false, lastDay: '2025-03-12' });
    expect(period.rule).toContain('observed voluntarily');
  });

  it('refuses a ground of another regime, naming the provision and the grounds that do apply', () => {
    const refused = refusal(notice('PCR2015', '2019-05-17', { exemption: 'pa2023-direct-award-urgency' }));
    expect(refused.path).toEqual(['exemption']);
    expect(refused.message).toContain('PA 2023 s.51(3)(a)');
    expect(refused.message).toContain('pcr-framework-call-off');
  });

  it('refuses an unknown ground, naming the field', () => {
    expect(
      refusal(notice('PA2023', '2025-03-03', { exemption: 'the partner asked nicely' } as never)),
    ).toMatchObject({ code: 'InvalidInput', path: ['exemption'] });
  });
});

describe('the calendar that decided the standstill', () => {
  it('is recorded with the period: source and version', () => {
    expect(standstill(notice('PA2023', '2025-03-03')).calendar).toEqual({
      source: 'built-in',
      version: BUILT_IN_HOLIDAYS.version,
    });
  });

  it('knows the Scottish bank holiday of Monday 15 June 2026 (proclaimed 5 February 2026, Banking and Financial Dealings Act 1971 s.1(3)): a PA 2023 notice on Tuesday 9 June 2026 runs to Friday 19 June, not Thursday 18', () => {
    expect(standstill(notice('PA2023', '2026-06-09'))).toMatchObject({
      lastDay: '2026-06-19',
      earliestSigningDate: '2026-06-20',
    });
  });

  it('refuses a period reaching a year whose holidays it does not know, naming the year, the calendar and what to supply', () => {
    const late = refusal(notice('PA2023', '2027-12-22'));
    expect(late).toMatchObject({ code: 'InvalidInput', path: ['noticeDate'] });
    expect(late.message).toContain('2028');
    expect(late.message).toContain('built-in');
    expect(late.message).toContain('bank-holidays.json');
    // 1975 had no early May holiday (it began in 1978): the rules are not guessed backwards.
    const early = requireKnownYears(BUILT_IN_HOLIDAYS, '1975-05-01', '1975-05-12', ['date']);
    expect(early._tag === 'Left' && early.left.message).toContain('1975');
  });
});
