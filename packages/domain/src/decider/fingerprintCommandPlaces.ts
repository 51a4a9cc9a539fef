import { isSafeWhole } from '../eventstore/rowChecks';
import { exactCommandPlaces } from './exactCommandPlaces';
import { FINGERPRINT_WIDTH, fingerprintOf, isFingerprintRun } from './commandFingerprint';
import { CommandPlace, CommandPlaces } from './streamMemory';

/**
 * The record of commands a snapshot keeps: each command's fingerprint, in the order of its events,
 * as one run of text, and the places of the commands that are not one event straight after the one
 * before (`irregular`: for each, its number in the run, how many versions it skips after the last
 * command's, and how many versions after its first its last one is). Most commands record one event,
 * so most entries cost five characters, against a whole id and two numbers.
 */
export type EncodedCommandPlaces = { fingerprints: string; irregular: number[] };

/**
 * A record over a snapshot's fingerprints, with the commands folded since known by id. `ends` holds
 * the last version of each irregular command, worked out once as the record was checked: every other
 * entry ends one version after the entry before it.
 */
const fingerprintPlaces = (
  prints: string,
  irregular: readonly number[],
  ends: readonly number[],
): CommandPlaces => {
  const since = exactCommandPlaces();
  const count = prints.length / FINGERPRINT_WIDTH;
  /** The place of the k-th irregular command. */
  const irregularPlace = (k: number): CommandPlace => ({
    from: ends[k]! - irregular[3 * k + 2]!,
    to: ends[k]!,
  });
  /** Entry i's place: its own when irregular, else one version on from the last irregular one before it. */
  const placeAt = (i: number): CommandPlace => {
    let k = -1;
    while (3 * (k + 1) < irregular.length && irregular[3 * (k + 1)]! <= i) k++;
    if (k < 0) return { from: i + 1, to: i + 1 };
    if (irregular[3 * k] === i) return irregularPlace(k);
    const to = ends[k]! + i - irregular[3 * k]!;
    return { from: to, to };
  };
  return {
    get: since.get,
    set: since.set,
    candidates: (id) => {
      const found: CommandPlace[] = [];
      const print = fingerprintOf(id);
      // A native search of the run; a match counts only where a fingerprint begins.
      for (let at = prints.indexOf(print); at >= 0; at = prints.indexOf(print, at + 1))
        if (at % FINGERPRINT_WIDTH === 0) found.push(placeAt(at / FINGERPRINT_WIDTH));
      return [...found, ...since.candidates(id)];
    },
    *fingerprinted() {
      let to = 0;
      let k = 0;
      for (let i = 0; i < count; i++) {
        const place = irregular[3 * k] === i ? irregularPlace(k++) : { from: to + 1, to: to + 1 };
        to = place.to;
        yield [prints.slice(i * FINGERPRINT_WIDTH, (i + 1) * FINGERPRINT_WIDTH), place] as const;
      }
      yield* since.fingerprinted();
    },
  };
};

/** The record a snapshot's fingerprints stand for, or why they are not one. */
export const decodeFingerprintPlaces = (u: object): CommandPlaces | string => {
  const prints: unknown = Object.hasOwn(u, 'fingerprints')
    ? (u as EncodedCommandPlaces).fingerprints
    : undefined;
  const irregular: unknown = Object.hasOwn(u, 'irregular')
    ? (u as EncodedCommandPlaces).irregular
    : undefined;
  if (typeof prints !== 'string' || !isFingerprintRun(prints))
    return `expected the fingerprints as a run of ${FINGERPRINT_WIDTH}-character texts`;
  if (!Array.isArray(irregular) || irregular.length % 3 !== 0)
    return 'expected three numbers for each irregular command';
  const count = prints.length / FINGERPRINT_WIDTH;
  // The last version of the entry before the one at hand, as the record lays them out.
  let to = 0;
  let last = -1;
  const ends: number[] = [];
  for (let j = 0; j < irregular.length; j += 3) {
    const [i, gap, span] = [irregular[j], irregular[j + 1], irregular[j + 2]] as unknown[];
    if (!isSafeWhole(i) || i <= last || i >= count)
      return `irregular command ${j / 3} is out of order or out of the run`;
    if (!isSafeWhole(gap) || !isSafeWhole(span) || span < 0)
      return `irregular command ${i} has no whole versions`;
    to += i - last - 1;
    const from = to + 1 + gap;
    to = from + span;
    if (from < 1 || !Number.isSafeInteger(to + count))
      return `irregular command ${i} has no whole versions from 1`;
    ends.push(to);
    last = i;
  }
  return fingerprintPlaces(prints, irregular as number[], ends);
};

/** The commands as a fold up to `version` would know them, in the order of their events. */
export const encodeFingerprintPlaces = (commands: CommandPlaces, version: number): EncodedCommandPlaces => {
  const known: [string, number, number][] = [];
  for (const [print, at] of commands.fingerprinted())
    if (at.from <= version) known.push([print, at.from, Math.min(at.to, version)]);
  known.sort((a, b) => a[1] - b[1]);
  const irregular: number[] = [];
  let to = 0;
  known.forEach(([, from, last], i) => {
    if (from !== to + 1 || last !== from) irregular.push(i, from - to - 1, last - from);
    to = last;
  });
  return { fingerprints: known.map(([print]) => print).join(''), irregular };
};
