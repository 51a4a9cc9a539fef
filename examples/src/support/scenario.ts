import { EventStore, PartnershipState } from '@council-partnerships/domain';
import { CouncilPolicy } from '@council-partnerships/domain';
import {
  contractValueOf,
  contractValueProjection,
  PartnershipPerformance,
  PartnershipValue,
  performanceOf,
  performanceProjection,
  rebuildProjection,
} from '@council-partnerships/projections';
import { createPartnershipHandle, partnershipStateOf } from './handler';
import { phaseOf, Phase } from './phase';
import { RunOutcome, runSteps } from './run';
import { Step } from './script';

/** What a scenario's figures are computed from: the read models, rebuilt from the global log. */
export interface ScenarioViews {
  readonly value: PartnershipValue;
  readonly performance: PartnershipPerformance | null;
  readonly state: PartnershipState;
  /** The contract value as the log tells it for the end of a business day (London). */
  readonly valueAsOf: (businessDate: string) => Promise<PartnershipValue>;
}

export interface ScenarioDefinition {
  readonly key: string;
  readonly title: string;
  /** The source document in the design brief's seeds. */
  readonly seed: string;
  readonly partnershipId: string;
  readonly councilName: string;
  /** The council's configuration (governance thresholds, permissions); the library default if omitted. */
  readonly policy?: (base: CouncilPolicy) => CouncilPolicy;
  readonly script: () => readonly Step[];
  /** Facts the seed does not give that the lifecycle needs: invented, plausible, and said to be. */
  readonly illustrative: readonly string[];
  /** Where the record departs from the seed's words, and why. */
  readonly notes?: readonly string[];
  /** The seed's figures as the read models report them (money in pence). */
  readonly figures: (views: ScenarioViews) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

export interface ScenarioOptions {
  /** Event ids; deterministic ids make two runs of a scenario produce identical logs. */
  readonly newEventId?: () => string;
}

export interface ScenarioResult {
  readonly key: string;
  readonly title: string;
  readonly seed: string;
  readonly partnershipId: string;
  readonly councilName: string;
  readonly run: RunOutcome;
  readonly phase: Phase;
  readonly value: PartnershipValue | null;
  readonly performance: PartnershipPerformance | null;
  readonly figures: Record<string, unknown>;
  readonly illustrative: readonly string[];
  readonly notes: readonly string[];
}

const fail = (what: string, error: { message: string }): never => {
  throw new Error(`${what}: ${error.message}`);
};

/** Rebuilds the contract value read model (optionally as of a business date) and picks this partnership. */
export const valueFromLog = async (
  store: EventStore,
  partnershipId: string,
  businessDate?: string,
): Promise<PartnershipValue | null> => {
  const rebuilt = await rebuildProjection(
    store,
    contractValueProjection,
    businessDate === undefined ? {} : { asOf: { businessDate } },
  );
  if (rebuilt._tag === 'Left') return fail('contract value', rebuilt.left);
  return contractValueOf(
    rebuilt.right.state,
    partnershipId,
    businessDate === undefined ? {} : { today: businessDate },
  );
};

export const performanceFromLog = async (
  store: EventStore,
  partnershipId: string,
): Promise<PartnershipPerformance | null> => {
  const rebuilt = await rebuildProjection(store, performanceProjection);
  if (rebuilt._tag === 'Left') return fail('performance', rebuilt.left);
  return performanceOf(rebuilt.right.state, partnershipId);
};

/**
 * Records a seed's history through the partnership command handler, then reads it back through the
 * read models, rebuilt from the store's global log (never from the events the handler returned).
 */
export const runDefinition = async (
  definition: ScenarioDefinition,
  store: EventStore,
  options: ScenarioOptions = {},
): Promise<ScenarioResult> => {
  const handle = createPartnershipHandle(store, {
    councilName: definition.councilName,
    ...(definition.policy !== undefined ? { policy: definition.policy } : {}),
    ...(options.newEventId !== undefined ? { newEventId: options.newEventId } : {}),
  });
  const run = await runSteps(handle, definition.script());
  const state = await partnershipStateOf(store, definition.partnershipId);
  const value = await valueFromLog(store, definition.partnershipId);
  const performance = await performanceFromLog(store, definition.partnershipId);
  const views: ScenarioViews | null =
    value === null
      ? null
      : {
          value,
          performance,
          state,
          valueAsOf: async (date) => {
            const asOf = await valueFromLog(store, definition.partnershipId, date);
            if (asOf === null) throw new Error(`${definition.partnershipId} had no value on ${date}`);
            return asOf;
          },
        };
  let figures: Record<string, unknown> = {};
  if (views !== null && run.unexpected.length === 0) figures = await definition.figures(views);
  return {
    key: definition.key,
    title: definition.title,
    seed: definition.seed,
    partnershipId: definition.partnershipId,
    councilName: definition.councilName,
    run,
    phase: phaseOf(state),
    value,
    performance,
    figures,
    illustrative: definition.illustrative,
    notes: definition.notes ?? [],
  };
};
