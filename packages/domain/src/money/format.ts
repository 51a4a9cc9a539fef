import { Pence } from './codecs';
import { divideBigRounded } from './rounding';

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const notPence = (value: number): string => `not an amount of pence (${String(value)})`;

/** Pounds and pence for letters, reports and registers: '£1,234.56', '-£20,000.00'. */
export const formatPounds = (pence: Pence): string => {
  if (!Number.isSafeInteger(pence)) return notPence(pence);
  const magnitude = BigInt(Math.abs(pence));
  const pounds = (magnitude / 100n).toString();
  const rest = (magnitude % 100n).toString().padStart(2, '0');
  return `${pence < 0 ? '-' : ''}£${groupThousands(pounds)}.${rest}`;
};

const UNITS: readonly { readonly suffix: string; readonly pence: bigint }[] = [
  { suffix: 'bn', pence: 100_000_000_000n },
  { suffix: 'm', pence: 100_000_000n },
  { suffix: 'k', pence: 100_000n },
];

/** Up to two decimals, trailing zeros dropped: 1510 hundredths -> '15.1', 40400 -> '404'. */
const hundredthsToText = (hundredths: bigint): string => {
  const whole = (hundredths / 100n).toString();
  const fraction = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
};

/**
 * A short form for tables and dashboards, to at most two decimals, halves rounded away from zero:
 * '£1.1m', '£404k', '£15.07m', '£2.8bn'; under £1,000 it is pounds, with pence only when there are
 * any: '£950', '£12.50'. Not for anything a person must reconcile: use `formatPounds` there.
 */
export const formatPoundsCompact = (pence: Pence): string => {
  if (!Number.isSafeInteger(pence)) return notPence(pence);
  const sign = pence < 0 ? '-' : '';
  const magnitude = BigInt(Math.abs(pence));
  const index = UNITS.findIndex((unit) => magnitude >= unit.pence);
  const unit = UNITS[index];
  if (unit !== undefined) {
    const hundredths = divideBigRounded(magnitude * 100n, unit.pence, 'half-up');
    // 999,999.99 pounds rounds to 1000k: show it as 1m instead.
    const larger = UNITS[index - 1];
    return hundredths >= 100_000n && larger !== undefined
      ? `${sign}£1${larger.suffix}`
      : `${sign}£${hundredthsToText(hundredths)}${unit.suffix}`;
  }
  const pounds = (magnitude / 100n).toString();
  const rest = magnitude % 100n;
  return `${sign}£${pounds}${rest === 0n ? '' : `.${rest.toString().padStart(2, '0')}`}`;
};
