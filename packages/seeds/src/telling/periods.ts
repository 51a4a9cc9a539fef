/**
 * Calendar arithmetic on 'YYYY-MM-DD' business dates, in whole days: no time zone enters into it, so
 * it is plain integer work (days counted from 1970-01-01 in the proleptic Gregorian calendar). The
 * scripts and the simulator build thousands of dates; this keeps that cheap. Months are held to the
 * end of a shorter month (31 January + 1 month = 28 or 29 February), as the library does.
 */
const parse = (date: string): [number, number, number] => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new Error(`not a business date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
};

const write = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Days since 1970-01-01 (after H. Hinnant's days_from_civil). */
const toDayNumber = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

const fromDayNumber = (n: number): [number, number, number] => {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
};

export const plusDays = (date: string, days: number): string => {
  const [y, m, d] = parse(date);
  return write(...fromDayNumber(toDayNumber(y, m, d) + days));
};

export const plusMonths = (date: string, months: number): string => {
  const [y, m, d] = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return write(year, month, Math.min(d, daysInMonth(year, month)));
};

/** Day of the week, 0 = Sunday. */
export const weekday = (date: string): number => {
  const [y, m, d] = parse(date);
  return (((toDayNumber(y, m, d) + 4) % 7) + 7) % 7;
};

export interface Period {
  readonly index: number;
  readonly start: string;
  readonly end: string;
}

/** `count` consecutive periods of `months` calendar months from `start`. */
export const periods = (start: string, months: number, count: number): Period[] =>
  Array.from({ length: count }, (_, index) => ({
    index,
    start: plusMonths(start, index * months),
    end: plusDays(plusMonths(start, (index + 1) * months), -1),
  }));
