import * as t from 'io-ts';
import { JsonValue } from '../shared/json';
import { CommandPlace, CommandPlaces } from './streamMemory';

/**
 * Where each command's events stand, as a snapshot keeps it: `[ids, places]`, the command ids sorted
 * (by UTF-16 code units, as `<` compares text) and, for each, two whole numbers: its first version
 * and how many versions after it its last one is. The ids are one text joined by line breaks (one
 * string to parse, not thousands), or a list when one of them is empty or holds a line break.
 *
 * A long stream has one entry per command, and a cold start asks about a handful of them, so a read
 * builds no map: it checks the lists and then finds an id by halving them (see `sortedPlaces`).
 */
export type EncodedCommandPlaces = [string | string[], number[]];

const SEPARATOR = '\n';

const joined = (ids: string[]): string | string[] =>
  ids.length > 0 && ids.every((id) => id !== '' && !id.includes(SEPARATOR)) ? ids.join(SEPARATOR) : ids;

/** The commands as a fold up to `version` would know them: the record may run ahead of this state. */
export const encodeCommandPlaces = (commands: CommandPlaces, version: number): EncodedCommandPlaces => {
  const known: [string, CommandPlace][] = [];
  for (const [id, at] of commands)
    if (at.from <= version) known.push([id, { from: at.from, to: Math.min(at.to, version) }]);
  known.sort(([a], [b]) => (a < b ? -1 : 1));
  return [joined(known.map(([id]) => id)), known.flatMap(([, at]) => [at.from, at.to - at.from])];
};

const isWhole = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u);

/**
 * A record of commands over sorted lists read from a snapshot. A command found in the lists gets its
 * own place object, kept with those added since, so that a later change to it (a command whose
 * events run on past the snapshot) is seen by every later lookup.
 */
const sortedPlaces = (ids: readonly string[], places: readonly number[]): CommandPlaces => {
  const since = new Map<string, CommandPlace>();
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
  return {
    get: (id) => {
      const added = since.get(id);
      if (added !== undefined) return added;
      const i = inLists(id);
      if (i < 0) return undefined;
      const place = placeAt(i);
      since.set(id, place);
      return place;
    },
    set: (id, place) => void since.set(id, place),
    *[Symbol.iterator]() {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (!since.has(id)) yield [id, placeAt(i)] as [string, CommandPlace];
      }
      yield* since;
    },
  };
};

/** The record the encoding stands for, or why it is not one. */
export const decodeCommandPlaces = (u: unknown): CommandPlaces | string => {
  if (!Array.isArray(u) || u.length !== 2) return 'expected [ids, places]';
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
    if (!isWhole(from) || !isWhole(span) || from < 1 || span < 0 || !Number.isSafeInteger(from + span))
      return `command ${i} has no whole versions from 1`;
  }
  return sortedPlaces(ids as string[], places as number[]);
};

/** The snapshot's record of commands as a codec; `encodeCommandPlaces` writes a record up to a version. */
export const CommandPlacesCodec = new t.Type<CommandPlaces, JsonValue, unknown>(
  'CommandPlaces',
  (u): u is CommandPlaces =>
    typeof u === 'object' && u !== null && Symbol.iterator in u && 'get' in u && 'set' in u,
  (u, context) => {
    const decoded = decodeCommandPlaces(u);
    return typeof decoded === 'string' ? t.failure(u, context, decoded) : t.success(decoded);
  },
  (commands) => encodeCommandPlaces(commands, Number.MAX_SAFE_INTEGER),
);
