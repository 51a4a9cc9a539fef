import * as t from 'io-ts';
import { EventRegistry, JsonValue } from '@council-partnerships/domain';
import { beginFolding, defineProjection, Folding, Projection } from './projection';

/**
 * One projection made of several, folded together in one pass: a read model that needs another's
 * facts (the register needs the contract-value figures) reuses its reducer instead of repeating it.
 * All parts must read the same event registry. When every part reads only what the log's lean read
 * holds (`defineLoggedProjection`), so does the whole.
 */
export const combineProjections = <
  E extends { type: string; data: unknown },
  States extends Record<string, unknown>,
>(options: {
  name: string;
  version: number;
  registry: EventRegistry<E>;
  parts: { [K in keyof States]: Projection<States[K], E> };
}): Projection<States, E> => {
  const entries = Object.entries(options.parts) as [string, Projection<unknown, E>][];
  const codec = t.type(Object.fromEntries(entries.map(([key, part]) => [key, part.stateCodec])));
  return defineProjection<States, E>({
    name: options.name,
    version: options.version,
    registry: options.registry,
    initial: () => Object.fromEntries(entries.map(([key, part]) => [key, part.initial()])) as States,
    apply: (state, event) => {
      let changed = false;
      const next: Record<string, unknown> = {};
      for (const [key, part] of entries) {
        const before = state[key];
        const after = part.apply(before, event);
        if (after !== before) changed = true;
        next[key] = after;
      }
      return changed ? (next as States) : state;
    },
    begin: (state) => {
      const parts = entries.map(([key, part]) => [key, beginFolding(part, state[key])] as const);
      // Every event goes to every part: an indexed loop over the foldings, not an iterator of pairs.
      const foldings = parts.map(([, part]) => part);
      const folding: Folding<States, E> = {
        apply: (event) => {
          for (let i = 0; i < foldings.length; i++) foldings[i]!.apply(event);
        },
        result: () => {
          let changed = false;
          const next: Record<string, unknown> = {};
          for (const [key, part] of parts) {
            next[key] = part.result();
            if (next[key] !== state[key]) changed = true;
          }
          return changed ? (next as States) : state;
        },
      };
      return folding;
    },
    stateCodec: codec as unknown as t.Type<States, JsonValue, unknown>,
    // The log's lean read serves the whole only when it serves every part.
    ...(entries.every(([, part]) => part.envelope === 'logged') ? { envelope: 'logged' as const } : {}),
  });
};
