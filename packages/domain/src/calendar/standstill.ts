import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput } from '../shared/errors';
import { decodeWith } from '../shared/validation';
import { addCalendarDays } from './arithmetic';
import { CalendarDate, CalendarDateCodec } from './calendarDate';
import { addWorkingDays, isWorkingDay } from './workingDays';

/** The procurement law an award is made under. */
export type ProcurementRegime = 'PCR2015' | 'PA2023';

export const StandstillInputCodec = t.intersection([
  t.type({
    regime: t.keyof({ PCR2015: null, PA2023: null }),
    noticeDate: CalendarDateCodec,
    lightTouch: t.boolean,
  }),
  t.partial({ voluntary: t.boolean }),
]);

export interface StandstillInput {
  readonly regime: ProcurementRegime;
  /** PCR 2015: the day the award decision notices were sent. PA 2023: the day the contract award notice was published. */
  readonly noticeDate: CalendarDate;
  readonly lightTouch: boolean;
  /** PA 2023 light-touch only: the authority chose to observe a standstill anyway. */
  readonly voluntary?: boolean;
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
}

const PCR_DAYS = 10;
const PA_WORKING_DAYS = 8;

const period = (
  mandatory: boolean,
  lastDay: Either<InvalidInput, CalendarDate>,
  rule: string,
): Either<InvalidInput, StandstillPeriod> => {
  if (lastDay._tag === 'Left') return lastDay;
  const earliestSigningDate = addCalendarDays(lastDay.right, 1);
  if (earliestSigningDate._tag === 'Left') return earliestSigningDate;
  return right({ mandatory, lastDay: lastDay.right, earliestSigningDate: earliestSigningDate.right, rule });
};

/**
 * PCR 2015 reg 87: the period ends at midnight at the end of the 10th calendar day after the day the
 * notices are sent (electronically); when that day is not a working day it runs to the end of the
 * next working day. Working days here are those of England and Wales.
 */
const pcr2015 = (input: StandstillInput): Either<InvalidInput, StandstillPeriod> => {
  const tenth = addCalendarDays(input.noticeDate, PCR_DAYS);
  if (tenth._tag === 'Left') return tenth;
  const extended = !isWorkingDay(tenth.right, 'england-and-wales');
  const lastDay = extended ? addWorkingDays(tenth.right, 1, 'england-and-wales') : tenth;
  const rule =
    `PCR 2015 reg 87: ${PCR_DAYS} calendar days after the notices were sent on ${input.noticeDate}, ` +
    `ending at midnight at the end of ${tenth.right}` +
    (extended && lastDay._tag === 'Right'
      ? `, which is not a working day in England and Wales, so extended to the end of the next working day, ${lastDay.right}`
      : '') +
    (input.lightTouch ? '; standstill applies to light-touch contracts under PCR 2015' : '') +
    '. Working days are Monday to Friday except England and Wales bank holidays.';
  return period(true, lastDay, rule);
};

/**
 * PA 2023 s.51: eight working days beginning with the day the contract award notice is published
 * (that day counts if it is a working day); a working day is not a weekend or a bank holiday in any
 * part of the UK. Not mandatory for light-touch contracts, though an authority may observe it.
 */
const pa2023 = (input: StandstillInput): Either<InvalidInput, StandstillPeriod> => {
  const workingDays =
    `${PA_WORKING_DAYS} working days beginning with ${input.noticeDate}, the day the contract award notice was published ` +
    '(working days exclude weekends and bank holidays in any part of the UK)';
  if (input.lightTouch && input.voluntary !== true) {
    return period(
      false,
      addCalendarDays(input.noticeDate, -1),
      'PA 2023 s.51: no standstill is required for a light-touch contract; the contract may be entered into ' +
        `once the contract award notice is published on ${input.noticeDate}.`,
    );
  }
  const dayBefore = addCalendarDays(input.noticeDate, -1);
  if (dayBefore._tag === 'Left') return dayBefore;
  return period(
    !input.lightTouch,
    addWorkingDays(dayBefore.right, PA_WORKING_DAYS, 'anywhere-in-uk'),
    input.lightTouch
      ? `PA 2023 s.51: voluntary standstill for a light-touch contract of at least ${workingDays}.`
      : `PA 2023 s.51: mandatory standstill of ${workingDays}.`,
  );
};

/**
 * The standstill period after an award decision: how long the authority must wait before entering
 * into the contract, and the first day it may. Refuses input that is malformed (an unknown regime,
 * a date that is not a real 'YYYY-MM-DD' date).
 */
export const standstillPeriod = (input: StandstillInput): Either<InvalidInput, StandstillPeriod> => {
  const decoded = decodeWith(StandstillInputCodec, 'standstill')(input);
  if (decoded._tag === 'Left') return left(decoded.left);
  return decoded.right.regime === 'PCR2015' ? pcr2015(decoded.right) : pa2023(decoded.right);
};
