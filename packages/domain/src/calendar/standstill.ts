import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { decodeWith } from '../shared/validation';
import { addCalendarDays } from './arithmetic';
import { CalendarDate, CalendarDateCodec } from './calendarDate';
import {
  BUILT_IN_HOLIDAYS,
  CalendarReference,
  calendarReference,
  HolidayCalendar,
  requireKnownYears,
} from './holidayCalendar';
import {
  STANDSTILL_EXEMPTIONS,
  StandstillExemption,
  StandstillExemptionCodec,
  StandstillExemptionGround,
} from './standstillExemptions';
import { addWorkingDays, isWorkingDay } from './workingDays';

/** The procurement law an award is made under (those with a statutory standstill). */
export type ProcurementRegime = 'PCR2006' | 'PCR2015' | 'PA2023';

/** How the award decision notices went out: PCR 2006 reg 32A and PCR 2015 reg 87 count differently. */
export const NoticeMethodCodec = t.keyof({ electronic: null, other: null }, 'NoticeMethod');
export type NoticeMethod = t.TypeOf<typeof NoticeMethodCodec>;

export const StandstillInputCodec = t.intersection([
  t.type({
    regime: t.keyof({ PCR2006: null, PCR2015: null, PA2023: null }),
    noticeDate: CalendarDateCodec,
    lightTouch: t.boolean,
  }),
  t.partial({
    voluntary: t.boolean,
    noticeMethod: NoticeMethodCodec,
    lastReceivedOn: CalendarDateCodec,
    exemption: StandstillExemptionCodec,
    procurementBegunOn: CalendarDateCodec,
  }),
]);

export interface StandstillInput {
  readonly regime: ProcurementRegime;
  /** PCR: the day the award decision notices were sent. PA 2023: the day the contract award notice was published. */
  readonly noticeDate: CalendarDate;
  readonly lightTouch: boolean;
  /** The authority observes a standstill the law does not require (PA 2023 light touch, or an exemption). */
  readonly voluntary?: boolean;
  /** PCR only: fax or electronic means (the default), or other means such as post. */
  readonly noticeMethod?: NoticeMethod;
  /** PCR only, notices sent by other means: the day the last notice was received, when known. */
  readonly lastReceivedOn?: CalendarDate;
  /** A recorded ground on which the law requires no standstill. */
  readonly exemption?: StandstillExemption;
  /** The day the procurement was begun: PCR 2006 reg 32A governs only those begun from 20 December 2009. */
  readonly procurementBegunOn?: CalendarDate;
}

export interface StandstillPeriod {
  /** Whether the law requires the authority to wait before entering into the contract. */
  readonly mandatory: boolean;
  /** The last day of the standstill, to midnight at its end. The day before the notice when there is none. */
  readonly lastDay: CalendarDate;
  /** The first day the contract may be entered into: always the day after `lastDay`. */
  readonly earliestSigningDate: CalendarDate;
  /** The rule applied, in words an officer or auditor can check. */
  readonly rule: string;
  /** The bank holidays the dates were worked out with. */
  readonly calendar: CalendarReference;
}

/** The Public Contracts (Amendment) Regulations 2009 (SI 2009/2992) came into force on 20 December 2009. */
export const PCR2006_AMENDED_FROM = '2009-12-20';

const PCR_DAYS = 10;
const PCR_OTHER_MEANS_DAYS = 15;
const PA_WORKING_DAYS = 8;

/** A refusal from the day counting is about the notice date the period was counted from. */
const atNoticeDate = <A>(result: Either<InvalidInput, A>): Either<InvalidInput, A> =>
  result._tag === 'Left' ? left({ ...result.left, path: ['noticeDate'] }) : result;

interface Counted {
  readonly mandatory: boolean;
  readonly lastDay: Either<InvalidInput, CalendarDate>;
  readonly rule: string;
}

/**
 * PCR 2006 reg 32A (inserted by the Public Contracts (Amendment) Regulations 2009, SI 2009/2992, from
 * 20 December 2009) and PCR 2015 reg 87: notices sent by fax or electronic means, the period "ends at
 * midnight at the end of the 10th day after the relevant sending date" (reg 87(2)); by other means
 * only, at whichever is first of the end of the 15th day after sending and the end of the 10th day
 * after the last notice was received (reg 87(3)). Notices sent partly one way and partly the other
 * (reg 87(5): the later of the two periods) are not modelled.
 * A period counted forward that would end on a day that is not a working day "is to end at the end
 * of the next working day" (PCR 2015 reg 2(4); PCR 2006 reg 2(4)(c)); a working day is not a Saturday,
 * Sunday, Christmas Day, Good Friday or bank holiday (reg 2(1) of each), counted here on the bank
 * holidays of England and Wales, where the councils this library serves let their contracts.
 */
const regulations = (input: StandstillInput, holidays: HolidayCalendar): Counted => {
  const provision =
    input.regime === 'PCR2006'
      ? 'PCR 2006 reg 32A'
      : input.noticeMethod === 'other'
        ? 'PCR 2015 reg 87(3)'
        : 'PCR 2015 reg 87(2)';
  const nextWorkingDay = input.regime === 'PCR2006' ? 'PCR 2006 reg 2(4)(c)' : 'PCR 2015 reg 2(4)';
  const other = input.noticeMethod === 'other';
  const sentDays = other ? PCR_OTHER_MEANS_DAYS : PCR_DAYS;
  const afterSending = addCalendarDays(input.noticeDate, sentDays);
  if (afterSending._tag === 'Left') return { mandatory: true, lastDay: afterSending, rule: '' };
  let end = afterSending.right;
  let counted = other
    ? `notices sent by means other than fax or electronic means on ${input.noticeDate}: ${PCR_OTHER_MEANS_DAYS} days after sending, ${end}`
    : `notices sent electronically on ${input.noticeDate}: ${PCR_DAYS} calendar days after sending, ending at midnight at the end of ${end}`;
  if (other && input.lastReceivedOn !== undefined) {
    const afterReceipt = addCalendarDays(input.lastReceivedOn, PCR_DAYS);
    if (afterReceipt._tag === 'Left') return { mandatory: true, lastDay: afterReceipt, rule: '' };
    counted += `, or ${PCR_DAYS} days after the last notice was received on ${input.lastReceivedOn}, ${afterReceipt.right}, whichever is first`;
    if (afterReceipt.right < end) end = afterReceipt.right;
  }
  const working = isWorkingDay(end, 'england-and-wales', holidays);
  if (working._tag === 'Left') return { mandatory: true, lastDay: atNoticeDate(working), rule: '' };
  const extended = !working.right;
  const lastDay = extended ? atNoticeDate(addWorkingDays(end, 1, 'england-and-wales', holidays)) : right(end);
  const rule =
    `${provision}: ${counted}` +
    (extended && lastDay._tag === 'Right'
      ? `; ${end} is not a working day in England and Wales, so extended to the end of the next working day, ${lastDay.right} (${nextWorkingDay})`
      : '') +
    (input.lightTouch && input.regime === 'PCR2015'
      ? '; standstill applies to light-touch contracts under PCR 2015'
      : '') +
    '. Working days are Monday to Friday except England and Wales bank holidays.';
  return { mandatory: true, lastDay, rule };
};

/**
 * PA 2023 s.51(2): "the period of eight working days beginning with the day on which a contract award
 * notice is published" (that day counts if it is a working day); s.123(1): a working day is "a day
 * other than a Saturday or Sunday, or a day which is a bank holiday in any part of the United Kingdom
 * under the Banking and Financial Dealings Act 1971". Not mandatory for light-touch contracts
 * (s.51(3)(f)), though an authority may observe one voluntarily of at least the same length (s.51(5)).
 */
const act = (input: StandstillInput, holidays: HolidayCalendar): Counted => {
  const workingDays =
    `${PA_WORKING_DAYS} working days beginning with ${input.noticeDate}, the day the contract award notice was published ` +
    '(working days exclude weekends and bank holidays in any part of the UK, s.123(1))';
  const dayBefore = addCalendarDays(input.noticeDate, -1);
  const lastDay =
    dayBefore._tag === 'Left'
      ? dayBefore
      : atNoticeDate(addWorkingDays(dayBefore.right, PA_WORKING_DAYS, 'anywhere-in-uk', holidays));
  return input.lightTouch
    ? {
        mandatory: false,
        lastDay,
        rule: `PA 2023 s.51(3)(f), (4)-(5): voluntary standstill for a light-touch contract of at least ${workingDays}.`,
      }
    : { mandatory: true, lastDay, rule: `PA 2023 s.51(2): mandatory standstill of ${workingDays}.` };
};

/** No standstill: the contract may be entered into from the notice date. */
const none = (input: StandstillInput, why: string): Counted => ({
  mandatory: false,
  lastDay: addCalendarDays(input.noticeDate, -1),
  rule: why,
});

const decideRule = (input: StandstillInput, holidays: HolidayCalendar): Either<InvalidInput, Counted> => {
  if (input.regime === 'PCR2006' && input.lightTouch) {
    const partB =
      'PCR 2006 reg 5(2): a Part B services contract is subject to Parts 1, 9 and 10 and regs 9, 31, 40(2), 41 ' +
      'and 42 only, so the standstill of reg 32A does not apply';
    if (input.voluntary !== true) {
      return right(none(input, `${partB}; the contract may be entered into from ${input.noticeDate}.`));
    }
    const counted = regulations(input, holidays);
    return right({ ...counted, mandatory: false, rule: `${partB}; observed voluntarily: ${counted.rule}` });
  }
  if (input.regime === 'PCR2006' && input.noticeDate < PCR2006_AMENDED_FROM) {
    return left(
      invalidInput(
        `the standstill of PCR 2006 reg 32A as amended by SI 2009/2992 applies from ${PCR2006_AMENDED_FROM}; ` +
          `notices sent on ${input.noticeDate} are earlier`,
        ['noticeDate'],
      ),
    );
  }
  // The 2009 amendments reach procurements first advertised on or after 20 December 2009; one begun
  // earlier kept reg 32 as made, whose standstill this library does not work out.
  if (
    input.regime === 'PCR2006' &&
    input.procurementBegunOn !== undefined &&
    input.procurementBegunOn < PCR2006_AMENDED_FROM
  ) {
    return left(
      invalidInput(
        `the standstill of PCR 2006 reg 32A (SI 2009/2992) governs procurements begun on or after ${PCR2006_AMENDED_FROM}; ` +
          `this one was begun on ${input.procurementBegunOn} and kept reg 32 as made, which this library does not model`,
        ['procurementBegunOn'],
      ),
    );
  }
  if (input.exemption !== undefined) {
    const ground: StandstillExemptionGround = STANDSTILL_EXEMPTIONS[input.exemption];
    if (!ground.regimes.includes(input.regime)) {
      return left(
        invalidInput(
          `${ground.provision} (${ground.description}) is not a standstill exemption under ${input.regime}; ` +
            `the exemptions under ${input.regime} are ${Object.entries(
              STANDSTILL_EXEMPTIONS as Record<string, StandstillExemptionGround>,
            )
              .filter(([, g]) => g.regimes.includes(input.regime))
              .map(([code]) => code)
              .join(', ')}`,
          ['exemption'],
        ),
      );
    }
    const exempt = `${ground.provision}: no standstill is required (${ground.description})`;
    if (input.voluntary !== true) {
      return right(none(input, `${exempt}; the contract may be entered into from ${input.noticeDate}.`));
    }
    const counted = input.regime === 'PA2023' ? act(input, holidays) : regulations(input, holidays);
    return right({ ...counted, mandatory: false, rule: `${exempt}; observed voluntarily: ${counted.rule}` });
  }
  if (input.regime === 'PA2023') {
    if (input.noticeMethod !== undefined || input.lastReceivedOn !== undefined) {
      return left(
        invalidInput(
          'under PA 2023 s.51 the standstill runs from the publication of the contract award notice; how notices were sent (noticeMethod, lastReceivedOn) does not apply',
          [input.noticeMethod !== undefined ? 'noticeMethod' : 'lastReceivedOn'],
        ),
      );
    }
    if (input.lightTouch && input.voluntary !== true) {
      return right(
        none(
          input,
          'PA 2023 s.51(3)(f): no standstill is required for a light-touch contract; the contract may be entered into ' +
            `once the contract award notice is published on ${input.noticeDate}.`,
        ),
      );
    }
    return right(act(input, holidays));
  }
  if (input.lastReceivedOn !== undefined && input.noticeMethod !== 'other') {
    return left(
      invalidInput(
        'the day of receipt counts only for notices sent by other means than fax or electronic means (noticeMethod: other)',
        ['lastReceivedOn'],
      ),
    );
  }
  if (input.lastReceivedOn !== undefined && input.lastReceivedOn < input.noticeDate) {
    return left(
      invalidInput(
        `the last notice cannot be received (${input.lastReceivedOn}) before it was sent (${input.noticeDate})`,
        ['lastReceivedOn'],
      ),
    );
  }
  return right(regulations(input, holidays));
};

/**
 * The standstill period after an award decision: how long the authority must wait before entering
 * into the contract, the first day it may, and which holidays decided it. Refuses malformed input
 * (an unknown regime or exemption, a date that is not a real 'YYYY-MM-DD' date) and a period
 * reaching a year whose bank holidays the calendar does not know.
 */
export const standstillPeriod = (
  input: StandstillInput,
  holidays: HolidayCalendar = BUILT_IN_HOLIDAYS,
): Either<InvalidInput, StandstillPeriod> => {
  const decoded = decodeWith(StandstillInputCodec, 'standstill')(input);
  if (decoded._tag === 'Left') return left(decoded.left);
  const counted = decideRule(decoded.right, holidays);
  if (counted._tag === 'Left') return counted;
  const { lastDay } = counted.right;
  if (lastDay._tag === 'Left') return lastDay;
  // Only a period that counts days needs the holidays of its years.
  if (lastDay.right >= decoded.right.noticeDate) {
    const known = requireKnownYears(holidays, decoded.right.noticeDate, lastDay.right, ['noticeDate']);
    if (known._tag === 'Left') return known;
  }
  const earliestSigningDate = addCalendarDays(lastDay.right, 1);
  if (earliestSigningDate._tag === 'Left') return earliestSigningDate;
  return right({
    mandatory: counted.right.mandatory,
    lastDay: lastDay.right,
    earliestSigningDate: earliestSigningDate.right,
    rule: counted.right.rule,
    calendar: calendarReference(holidays),
  });
};
