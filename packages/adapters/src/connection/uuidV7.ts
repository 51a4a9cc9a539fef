import { randomFillSync } from 'node:crypto';

/** Random bytes drawn from the operating system a few kilobytes at a time rather than 16 per id. */
const pool = Buffer.alloc(4096);
let drawn = pool.length;

/** The character codes of the two lower-case hex digits of each byte value, high digit first. */
const hexDigits = Uint16Array.from({ length: 256 }, (_, b) => {
  const text = b.toString(16).padStart(2, '0');
  return (text.charCodeAt(0) << 8) | text.charCodeAt(1);
});

/**
 * The id's 36 characters are written here and read out as one string. Joining 20 pieces with `+` made
 * a chain of 19 partial strings, about 500 bytes an id until something flattened it, and a command
 * handler's batch keeps its ids alive through the append.
 */
const text = Buffer.alloc(36);
for (const dash of [8, 13, 18, 23]) text[dash] = 0x2d;

/** Writes a byte's two hex digits at `at`. */
const hexAt = (at: number, byte: number): void => {
  const digits = hexDigits[byte]!;
  text[at] = digits >>> 8;
  text[at + 1] = digits & 0xff;
};

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
  hexAt(0, (high >>> 24) & 0xff);
  hexAt(2, (high >>> 16) & 0xff);
  hexAt(4, (high >>> 8) & 0xff);
  hexAt(6, high & 0xff);
  hexAt(9, low >>> 8);
  hexAt(11, low & 0xff);
  hexAt(14, 0x70 | (counter >>> 14));
  hexAt(16, (counter >>> 6) & 0xff);
  hexAt(19, 0x80 | (counter & 0x3f));
  hexAt(21, pool[r]!);
  for (let i = 1; i <= 6; i++) hexAt(22 + 2 * i, pool[r + i]!);
  return text.toString('latin1');
};
