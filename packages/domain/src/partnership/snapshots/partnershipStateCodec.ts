import * as t from 'io-ts';
import { StateTreeCodec } from '../../eventstore/snapshots/stateTree';
import { JsonValue } from '../../shared/json';
import { initialPartnershipState, PartnershipState } from '../state';

/**
 * The shape of `PartnershipState` that snapshots are written in. Raise it in the same change as any
 * change to the state's fields or to how evolve fills them: snapshots of an older shape are then
 * ignored and the state rebuilt from the stream, never read as the new shape.
 */
// 2: a KPI keeps its name, unit and reporting frequency (they can be corrected).
export const partnershipStateSchemaVersion = 2;

const initial = initialPartnershipState();
const fields = Object.keys(initial) as (keyof PartnershipState)[];
/** Fields holding id records (no prototype); the others hold text or null. */
const recordFields = new Set(fields.filter((key) => initial[key] !== null));

const isRecordWithoutPrototype = (u: unknown): boolean =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.getPrototypeOf(u) === null;

/** Why a decoded tree is not a partnership state's top level, or null when it is. */
const notAState = (u: unknown): string | null => {
  if (typeof u !== 'object' || u === null || Object.getPrototypeOf(u) !== Object.prototype)
    return 'the state is not an object';
  const keys = Object.keys(u);
  const extra = keys.find((key) => !(fields as string[]).includes(key));
  if (extra !== undefined) return `the state has a field ${JSON.stringify(extra)} this release does not know`;
  for (const key of fields) {
    if (!Object.hasOwn(u, key)) return `the state has no field ${key}`;
    const value = (u as Record<string, unknown>)[key];
    const fits = recordFields.has(key)
      ? isRecordWithoutPrototype(value)
      : value === null || typeof value === 'string';
    if (!fits) return `the state's ${key} is not ${recordFields.has(key) ? 'an id record' : 'text or null'}`;
  }
  return null;
};

/**
 * Writes a partnership state as JSON and reads it back deeply equal: id records come back without a
 * prototype (see `StateTreeCodec`), and the top level is checked against this release's fields.
 */
export const PartnershipStateCodec = new t.Type<PartnershipState, JsonValue, unknown>(
  'PartnershipState',
  (u): u is PartnershipState => notAState(u) === null && StateTreeCodec.is(u),
  (u, context) => {
    const tree = StateTreeCodec.validate(u, context);
    if (tree._tag === 'Left') return tree;
    const problem = notAState(tree.right);
    return problem === null
      ? t.success(tree.right as unknown as PartnershipState)
      : t.failure(u, context, problem);
  },
  (state) => StateTreeCodec.encode(state as unknown as Parameters<typeof StateTreeCodec.encode>[0]),
);
