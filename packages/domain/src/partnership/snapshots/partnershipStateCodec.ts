import * as t from 'io-ts';
import { StateTree, StateTreeCodec } from '../../eventstore/snapshots/stateTree';
import { emptyIdRecord, IdRecord } from '../../shared/idRecord';
import { JsonValue } from '../../shared/json';
import { initialPartnershipState, PartnershipState } from '../state';
import { isPlainObject, isRecordWithoutPrototype } from './plainValues';
import { returnsSectionWriter } from './returnsTable';
import { ReadTable, readReturnsSection } from './returnsTableReader';

/**
 * The shape of `PartnershipState` that snapshots are written in. Raise it in the same change as any
 * change to the state's fields or to how evolve fills them: snapshots of an older shape are then
 * ignored and the state rebuilt from the stream, never read as the new shape.
 */
// 2: a KPI keeps its name, unit and reporting frequency (they can be corrected).
// 3: written as { tree, returns }, performance returns in compact tables beside the tree.
// 4: a table's return ids numbered one after another are written as runs.
export const partnershipStateSchemaVersion = 4;

const initial = initialPartnershipState();
const fields = Object.keys(initial) as (keyof PartnershipState)[];
/** Fields holding id records (no prototype); the others hold text or null. */
const recordFields = new Set(fields.filter((key) => initial[key] !== null));

/** Why a decoded tree is not a partnership state's top level, or null when it is. */
const notAState = (u: unknown): string | null => {
  if (!isPlainObject(u)) return 'the state is not an object';
  const keys = Object.keys(u);
  const extra = keys.find((key) => !(fields as string[]).includes(key));
  if (extra !== undefined) return `the state has a field ${JSON.stringify(extra)} this release does not know`;
  for (const key of fields) {
    if (!Object.hasOwn(u, key)) return `the state has no field ${key}`;
    const value = u[key];
    const fits = recordFields.has(key)
      ? isRecordWithoutPrototype(value)
      : value === null || typeof value === 'string';
    if (!fits) return `the state's ${key} is not ${recordFields.has(key) ? 'an id record' : 'text or null'}`;
  }
  return null;
};

/** Puts each table's returns in its contract, where the tree holds an empty record in their place. */
const placeReturns = (contracts: IdRecord<unknown>, tables: readonly ReadTable[]): string | null => {
  const placed = new Set<string>();
  for (const { contractId, returns } of tables) {
    const contract = Object.hasOwn(contracts, contractId) ? contracts[contractId] : undefined;
    const where = `the returns of contract ${JSON.stringify(contractId)}`;
    if (placed.has(contractId)) return `${where} are written twice`;
    placed.add(contractId);
    if (typeof contract !== 'object' || contract === null || !Object.hasOwn(contract, 'returns'))
      return `${where} have no contract to go in`;
    const held: unknown = (contract as Record<string, unknown>)['returns'];
    if (!isRecordWithoutPrototype(held) || Object.keys(held).length > 0)
      return `${where} are also in the tree`;
    (contract as Record<string, unknown>)['returns'] = returns;
  }
  return null;
};

/** The state as the tree and the returns section write it: contracts whose returns are tabled hold none. */
const split = (state: PartnershipState): { tree: StateTree; returns: JsonValue } => {
  const writer = returnsSectionWriter();
  const contracts = emptyIdRecord<unknown>();
  for (const id of Object.keys(state.contracts)) {
    const contract = state.contracts[id];
    contracts[id] =
      isPlainObject(contract) && writer.add(id, contract.returns)
        ? { ...contract, returns: emptyIdRecord() }
        : contract;
  }
  return { tree: { ...state, contracts } as unknown as StateTree, returns: writer.section() };
};

/**
 * Writes a partnership state as JSON and reads it back deeply equal, as `{ tree, returns }`: the
 * performance returns in compact tables (see `returnsSectionWriter`), everything else a `StateTree`,
 * whose id records come back without a prototype; the top level is checked against this release's
 * fields, and each table must fill an empty record the tree left for it.
 */
export const PartnershipStateCodec = new t.Type<PartnershipState, JsonValue, unknown>(
  'PartnershipState',
  (u): u is PartnershipState => notAState(u) === null && StateTreeCodec.is(u),
  (u, context) => {
    if (typeof u !== 'object' || u === null || !Object.hasOwn(u, 'tree') || !Object.hasOwn(u, 'returns'))
      return t.failure(u, context, 'the state is not written as { tree, returns }');
    const written = u as { tree: unknown; returns: unknown };
    const tree = StateTreeCodec.validate(written.tree, context);
    if (tree._tag === 'Left') return tree;
    const problem = notAState(tree.right);
    if (problem !== null) return t.failure(u, context, problem);
    const state = tree.right as unknown as PartnershipState;
    const tables = readReturnsSection(written.returns);
    if (typeof tables === 'string') return t.failure(u, context, tables);
    const misplaced = placeReturns(state.contracts, tables);
    return misplaced === null ? t.success(state) : t.failure(u, context, misplaced);
  },
  (state) => {
    const { tree, returns } = split(state);
    return { tree: StateTreeCodec.encode(tree), returns };
  },
);
