import { randomFillSync } from 'node:crypto';

/** Random bytes drawn from the operating system a few kilobytes at a time rather than 16 per id. */
const pool = Buffer.alloc(4096);
let drawn = pool.length;

/** Two lower-case hex digits for each byte value. */
const hexOf = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Bits of the counter that orders ids made within one millisecond: the 12 of rand_a and 6 of rand_b. */
const counterBits = 18;
const counterLimit = 2 ** counterBits;

let lastMs = -1;
let counter = 0;

/**
 * Event ids for command handlers' `newEventId`. Version 7 UUIDs (RFC 9562) begin with the time, so ids
 * made one after another sort one after another and land at the end of a database index, not at
 * random places. Within one millisecond a counter (RFC 9562, section 6.2, method 1) keeps that order:
 * it starts at a random value in its lower half, so about 130,000 ids fit in a millisecond before the
 * time is moved on by one; a clock that steps back keeps the last time used until it catches up.
 */
export const uuidV7 = (): string => {
  if (drawn > pool.length - 9) {
    randomFillSync(pool);
    drawn = 0;
  }
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = ((pool[drawn++]! << 9) | (pool[drawn++]! << 1)) & (counterLimit / 2 - 1);
  } else if (++counter === counterLimit) {
    lastMs += 1;
    counter = 0;
  }
  const ms = lastMs;
  // The 48-bit time split where a 32-bit operation can take each part.
  const high = Math.floor(ms / 2 ** 16);
  const low = ms % 2 ** 16;
  const r = drawn;
  drawn += 7;
  return (
    hexOf[(high >>> 24) & 0xff]! +
    hexOf[(high >>> 16) & 0xff]! +
    hexOf[(high >>> 8) & 0xff]! +
    hexOf[high & 0xff]! +
    '-' +
    hexOf[low >>> 8]! +
    hexOf[low & 0xff]! +
    '-' +
    hexOf[0x70 | (counter >>> 14)]! +
    hexOf[(counter >>> 6) & 0xff]! +
    '-' +
    hexOf[0x80 | (counter & 0x3f)]! +
    hexOf[pool[r]!]! +
    '-' +
    hexOf[pool[r + 1]!]! +
    hexOf[pool[r + 2]!]! +
    hexOf[pool[r + 3]!]! +
    hexOf[pool[r + 4]!]! +
    hexOf[pool[r + 5]!]! +
    hexOf[pool[r + 6]!]!
  );
};
