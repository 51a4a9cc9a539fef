import { isSafeWhole } from '../eventstore/rowChecks';
import { exactCommandPlaces } from './exactCommandPlaces';
import { fingerprintOf } from './commandFingerprint';
import { CommandPlace, CommandPlaces } from './streamMemory';

/** How the ids were joined in the earliest form of the sorted lists. */
const SEPARATOR = '\n';

/**
 * A record over the sorted lists that snapshots held before fingerprints: `[ids, places]`, the ids
 * sorted by UTF-16 code units (one text joined by line breaks, or a list) and two whole numbers for
 * each, its first version and how many versions after it its last one is. Read so that a snapshot
 * written by the release before is still used; nothing writes it now. A command found in the lists
 * gets its own place object, kept with those added since, so that a later change to it is seen by
 * every later lookup.
 */
const sortedPlaces = (ids: readonly string[], places: readonly number[]): CommandPlaces => {
  const since = exactCommandPlaces();
  const inLists = (id: string): number => {
    let low = 0;
    let high = ids.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = ids[middle]!;
      if (at === id) return middle;
      if (at < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  };
  const placeAt = (i: number): CommandPlace => ({
    from: places[2 * i]!,
    to: places[2 * i]! + places[2 * i + 1]!,
  });
  const get = (id: string): CommandPlace | undefined => {
    const added = since.get(id);
    if (added !== undefined) return added;
    const i = inLists(id);
    if (i < 0) return undefined;
    const place = placeAt(i);
    since.set(id, place);
    return place;
  };
  return {
    get,
    set: since.set,
    candidates: (id) => {
      const place = get(id);
      return place === undefined ? [] : [place];
    },
    *fingerprinted() {
      for (let i = 0; i < ids.length; i++)
        if (since.get(ids[i]!) === undefined) yield [fingerprintOf(ids[i]!), placeAt(i)] as const;
      yield* since.fingerprinted();
    },
  };
};

/** The record the earlier sorted lists stand for, or why they are not one. */
export const decodeSortedCommandPlaces = (u: unknown): CommandPlaces | string => {
  if (!Array.isArray(u) || u.length !== 2) return 'expected {fingerprints, irregular}';
  const [written, places] = u as unknown[];
  const ids: unknown = typeof written === 'string' ? written.split(SEPARATOR) : written;
  if (!Array.isArray(ids) || !Array.isArray(places)) return 'expected [ids, places]';
  if (places.length !== ids.length * 2) return 'expected two places for each command';
  for (let i = 0; i < ids.length; i++) {
    const id: unknown = ids[i];
    const from: unknown = places[2 * i];
    const span: unknown = places[2 * i + 1];
    if (typeof id !== 'string') return `command ${i} has no id`;
    // Strictly increasing: the halving search finds every id, and none appears twice.
    if (i > 0 && !((ids[i - 1] as string) < id)) return `command ${i} is out of order or repeated`;
    if (
      !isSafeWhole(from) ||
      !isSafeWhole(span) ||
      from < 1 ||
      span < 0 ||
      !Number.isSafeInteger(from + span)
    )
      return `command ${i} has no whole versions from 1`;
  }
  return sortedPlaces(ids as string[], places as number[]);
};
