import { EventStore } from '@council-partnerships/domain';
import { AsOf } from '../asOf';
import { Projection } from '../projection';
import { rebuildProjection } from '../rebuild';

/** A projection's state rebuilt from the store's log; a refused rebuild fails the test that asked. */
export const rebuiltState = async <S, E extends { type: string; data: unknown }>(
  store: EventStore,
  projection: Projection<S, E>,
  options: { asOf?: AsOf; pageSize?: number } = {},
): Promise<S> => {
  const folded = await rebuildProjection(store, projection, options);
  if (folded._tag === 'Left') throw new Error(folded.left.message);
  return folded.right.state;
};
