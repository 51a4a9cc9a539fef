import { DateTime } from 'luxon';
import { BUSINESS_ZONE } from '@council-partnerships/domain';

/**
 * Integer pence as the pounds OCDS wants in `amount`. The decimal is written out from the digits
 * (never by dividing a float), so the number read back is exactly the pounds and pence recorded; the
 * shortest form of a whole number of pence below 2^53 is that decimal with trailing zeros dropped.
 */
export const poundsFromPence = (pence: number): number => {
  const sign = pence < 0 ? '-' : '';
  const magnitude = Math.abs(pence);
  return Number(`${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`);
};

export const gbp = (pence: number): { amount: number; currency: 'GBP' } => ({
  amount: poundsFromPence(pence),
  currency: 'GBP',
});

/** A business date as the start of that day in London, with the offset then in force. */
export const startOfDay = (date: string): string =>
  DateTime.fromISO(date, { zone: BUSINESS_ZONE }).startOf('day').toISO({ suppressMilliseconds: true }) ??
  date;

/** A business date as the last second of that day in London (a period's last day is in it). */
export const endOfDay = (date: string): string =>
  DateTime.fromISO(date, { zone: BUSINESS_ZONE })
    .endOf('day')
    .set({ millisecond: 0 })
    .toISO({ suppressMilliseconds: true }) ?? date;

/** An instant recorded with any offset, written in London time with its offset. */
export const londonInstant = (timestamp: string): string =>
  DateTime.fromISO(timestamp, { setZone: true })
    .setZone(BUSINESS_ZONE)
    .toISO({ suppressMilliseconds: true }) ?? timestamp;
