import { Prng } from './prng';

/**
 * The system clock of a simulation. Each command is "recorded" a little after its business time
 * (an officer types it in that afternoon), never earlier than anything recorded before: recordedAt
 * moves forward deterministically, so two runs of a seed write identical envelopes and hashes.
 */
export interface SimulatedClock {
  readonly now: () => Date;
  /** The current instant in milliseconds, without moving the clock. */
  readonly peek: () => number;
  /** Called before each command with its business time. */
  readonly recordAfter: (occurredAt: string) => void;
}

export const createSimulatedClock = (start: string): SimulatedClock => {
  let current = Date.parse(start);
  if (Number.isNaN(current)) throw new Error(`not an instant: ${start}`);
  return {
    // Every reading moves a millisecond on: two events never share a recording instant.
    now: () => new Date((current += 1)),
    peek: () => current,
    recordAfter: (occurredAt) => {
      const due = Date.parse(occurredAt) + 4 * 60 * 60 * 1000;
      if (due > current) current = due;
    },
  };
};

/** Time-ordered ids in the UUIDv7 layout: the clock's milliseconds, then bits from the seeded generator. */
export const seededEventIds = (prng: Prng, clock: () => number) => (): string => {
  const hex = (bits: number, digits: number) => Math.floor(bits).toString(16).padStart(digits, '0');
  const ms = clock();
  const time = hex(ms, 12).slice(-12);
  const r = () => prng.int(0, 0xffff);
  return (
    `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(r() & 0xfff, 3)}-` +
    `${hex(0x8000 | (r() & 0x3fff), 4)}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`
  );
};
