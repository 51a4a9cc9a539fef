import * as t from 'io-ts';
import { JsonValue } from '../shared/json';
import { CommandPlaces } from './streamMemory';

/**
 * Where each command's events stand, as a snapshot keeps it: `[ids, places]`, the command ids in the
 * map's order and, for each, two whole numbers: how far its first version is from the previous
 * command's first version (from 0), and how many versions after its first its last one is. A long
 * stream has one entry per command, so the list is two flat arrays rather than one array per entry:
 * a small fraction of the text to parse, and nothing to allocate but the map. The ids are one text
 * joined by line breaks (one string to parse, not thousands), or a list when one of them is empty
 * or holds a line break.
 */
export type EncodedCommandPlaces = [string | string[], number[]];

const SEPARATOR = '\n';

const joined = (ids: string[]): string | string[] =>
  ids.length > 0 && ids.every((id) => id !== '' && !id.includes(SEPARATOR)) ? ids.join(SEPARATOR) : ids;

/** The commands as a fold up to `version` would know them: the map may run ahead of this state. */
export const encodeCommandPlaces = (commands: CommandPlaces, version: number): EncodedCommandPlaces => {
  const ids: string[] = [];
  const places: number[] = [];
  let previous = 0;
  for (const [id, at] of commands) {
    if (at.from > version) continue;
    ids.push(id);
    places.push(at.from - previous, Math.min(at.to, version) - at.from);
    previous = at.from;
  }
  return [joined(ids), places];
};

const isWhole = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u);

/** The map the encoding stands for, or why it is not one. */
export const decodeCommandPlaces = (u: unknown): CommandPlaces | string => {
  if (!Array.isArray(u) || u.length !== 2) return 'expected [ids, places]';
  const [written, places] = u as unknown[];
  const ids: unknown = typeof written === 'string' ? written.split(SEPARATOR) : written;
  if (!Array.isArray(ids) || !Array.isArray(places)) return 'expected [ids, places]';
  if (places.length !== ids.length * 2) return 'expected two places for each command';
  const commands: CommandPlaces = new Map();
  let from = 0;
  for (let i = 0; i < ids.length; i++) {
    const id: unknown = ids[i];
    const step: unknown = places[2 * i];
    const span: unknown = places[2 * i + 1];
    if (typeof id !== 'string') return `command ${i} has no id`;
    if (!isWhole(step) || !isWhole(span) || span < 0) return `command ${i} has no whole versions`;
    from += step;
    if (from < 1 || !Number.isSafeInteger(from + span)) return `command ${i} is placed before version 1`;
    commands.set(id, { from, to: from + span });
  }
  return commands.size === ids.length ? commands : 'a command id appears twice';
};

/** The snapshot's record of commands as a codec; encode with `encodeCommandPlaces` first. */
export const CommandPlacesCodec = new t.Type<CommandPlaces, JsonValue, unknown>(
  'CommandPlaces',
  (u): u is CommandPlaces => u instanceof Map,
  (u, context) => {
    const decoded = decodeCommandPlaces(u);
    return typeof decoded === 'string' ? t.failure(u, context, decoded) : t.success(decoded);
  },
  (commands) => encodeCommandPlaces(commands, Number.MAX_SAFE_INTEGER),
);
