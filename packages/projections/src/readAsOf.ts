import { Either, right } from 'fp-ts/Either';
import { EventStore } from '@council-partnerships/domain';
import { AsOf, validateAsOf } from './asOf';
import { ProjectionError } from './errors';
import { Projection } from './projection';
import { rebuildProjection } from './rebuild';

/**
 * Answers a question about the past: folds the log as it stood (events recorded by `recordedBy`,
 * happening by `businessDate`) and reads the answer from that state with `view`, which is told the
 * business date to treat as today.
 */
export const readAsOf = async <State, E extends { type: string; data: unknown }, View>(
  store: EventStore,
  projection: Projection<State, E>,
  asOf: AsOf,
  view: (state: State, today: string | undefined) => View,
  options: { pageSize?: number } = {},
): Promise<Either<ProjectionError, View>> => {
  const checked = validateAsOf(asOf);
  if (checked._tag === 'Left') return checked;
  const folded = await rebuildProjection(store, projection, { asOf: checked.right, ...options });
  if (folded._tag === 'Left') return folded;
  return right(view(folded.right.state, checked.right.businessDate));
};
