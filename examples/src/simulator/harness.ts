import { createInMemoryEventStore } from '@council-partnerships/adapters/memory';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import { EventStore, RecordedEvent } from '@council-partnerships/domain';
import {
  contractValueProjection,
  ContractValueProjectionState,
  createInlineProjection,
  performanceProjection,
  PerformanceProjectionState,
} from '@council-partnerships/projections';
import { removeSqliteFile } from '../support/store';
import { createSimulatedClock } from './clock';
import { SimulationShape } from './shape';
import { simulate, SimulationReport } from './simulate';

export interface SimulationRun {
  readonly report: SimulationReport;
  readonly store: EventStore;
  /** The read models as kept inline, event by event, while the commands were handled. */
  readonly inline: {
    readonly contractValue: ContractValueProjectionState;
    readonly performance: PerformanceProjectionState;
  };
  /** Anything the inline read models refused (a gap, an undecodable event): always empty when all is well. */
  readonly inlineErrors: readonly string[];
}

export type StoreChoice = { kind: 'memory' } | { kind: 'sqlite'; filename: string };

/**
 * Runs one simulated partnership on a fresh store whose clock is the simulation's, keeping the
 * contract value and performance read models inline as the handler records each command.
 */
export const runSimulation = async (
  seed: number,
  shape: SimulationShape,
  choice: StoreChoice = { kind: 'memory' },
  options: { cacheStreams?: boolean; partnershipId?: string } = {},
): Promise<SimulationRun> => {
  const clock = createSimulatedClock(`${shape.startYear - 2}-01-01T00:00:00.000Z`);
  let store: EventStore;
  if (choice.kind === 'memory') store = createInMemoryEventStore({ clock: clock.now });
  else {
    removeSqliteFile(choice.filename);
    store = createSqliteEventStore({ filename: choice.filename, clock: clock.now, synchronous: 'NORMAL' });
  }
  const value = createInlineProjection(contractValueProjection);
  const performance = createInlineProjection(performanceProjection);
  const inlineErrors: string[] = [];
  const onRecorded = (events: readonly RecordedEvent[]) => {
    for (const projection of [value, performance]) {
      const folded = projection.projectAppended(events);
      if (folded._tag === 'Left') inlineErrors.push(`${projection.name}: ${folded.left.message}`);
    }
  };
  const report = await simulate(store, {
    seed,
    shape,
    clock,
    onRecorded,
    ...(options.cacheStreams !== undefined ? { cacheStreams: options.cacheStreams } : {}),
    ...(options.partnershipId !== undefined ? { partnershipId: options.partnershipId } : {}),
  });
  return {
    report,
    store,
    inline: { contractValue: value.state(), performance: performance.state() },
    inlineErrors,
  };
};
