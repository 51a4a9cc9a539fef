import { CouncilPolicy, EventStore, PartnershipState } from '@council-partnerships/domain';
import { handlerFor, inRecordingOrder, Seed, Step } from '@council-partnerships/seeds';
import {
  AuditEntry,
  auditTimeline,
  auditTimelineProjection,
  contractRegister,
  contractValueOf,
  contractValueProjection,
  RegisterEntry,
  registerProjection,
  PartnershipPerformance,
  PartnershipPhase as Phase,
  partnershipPhaseOf as phaseOf,
  PartnershipValue,
  performanceOf,
  performanceProjection,
  rebuildProjection,
} from '@council-partnerships/projections';
import { partnershipStateOf } from './handler';
import { StoryClock } from './storyClock';
import { RunOutcome, runSteps } from './run';

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

/**
 * A seed told by the examples: the seed's own facts, and how its figures are read off the read
 * models. The figures mapping is all a scenario adds; everything else is the seed's.
 */
export const scenarioOf = (seed: Seed, figures: ScenarioDefinition['figures']): ScenarioDefinition => ({
  key: seed.key,
  title: seed.title,
  seed: seed.document,
  partnershipId: seed.partnershipId,
  councilName: seed.councilName,
  ...(seed.policy !== undefined ? { policy: seed.policy } : {}),
  script: () => seed.steps,
  illustrative: seed.illustrative,
  ...(seed.notes !== undefined ? { notes: seed.notes } : {}),
  figures,
});

/** Runs a scenario, as `runDefinition` does. */
export const scenarioRunner =
  (definition: ScenarioDefinition) =>
  (store: EventStore, options: ScenarioOptions = {}): Promise<ScenarioResult> =>
    runDefinition(definition, store, options);

export interface ScenarioOptions {
  /** Event ids; deterministic ids make two runs of a scenario produce identical logs. */
  readonly newEventId?: () => string;
  /** The store's clock, if it is a story clock: recorded times then follow the story. */
  readonly clock?: StoryClock;
  /**
   * The business date the register, performance and phase are read on: the caller's today (the
   * demo passes its clock's date). Without it, the last date the script records anything on.
   */
  readonly readOn?: string;
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
  /** The contract register read on the last business date of the history: phase and what is due next. */
  readonly register: RegisterEntry | null;
  readonly registerDate: string;
  /** The audit timeline: every event with who recorded it, when, and why. */
  readonly timeline: readonly AuditEntry[];
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
  today?: string,
): Promise<PartnershipPerformance | null> => {
  const rebuilt = await rebuildProjection(store, performanceProjection);
  if (rebuilt._tag === 'Left') return fail('performance', rebuilt.left);
  return performanceOf(rebuilt.right.state, partnershipId, today === undefined ? {} : { today });
};

export const registerFromLog = async (
  store: EventStore,
  partnershipId: string,
  today: string,
): Promise<RegisterEntry | null> => {
  const rebuilt = await rebuildProjection(store, registerProjection);
  if (rebuilt._tag === 'Left') return fail('register', rebuilt.left);
  return (
    contractRegister(rebuilt.right.state, { today }).find((e) => e.partnershipId === partnershipId) ?? null
  );
};

export const timelineFromLog = async (store: EventStore, partnershipId: string): Promise<AuditEntry[]> => {
  const rebuilt = await rebuildProjection(store, auditTimelineProjection);
  if (rebuilt._tag === 'Left') return fail('audit timeline', rebuilt.left);
  return auditTimeline(rebuilt.right.state, { partnershipId });
};

/** The last business date a script records anything on: the day its register is read. */
const lastBusinessDate = (steps: readonly Step[]): string =>
  steps.reduce((latest, step) => {
    const date = step.command.metadata.occurredAt.slice(0, 10);
    return date > latest ? date : latest;
  }, '0000-00-00');

/**
 * Records a seed's history through the partnership command handler, then reads it back through the
 * read models, rebuilt from the store's global log (never from the events the handler returned).
 */
export const runDefinition = async (
  definition: ScenarioDefinition,
  store: EventStore,
  options: ScenarioOptions = {},
): Promise<ScenarioResult> => {
  const handle = handlerFor(store, definition, options.newEventId);
  const steps = inRecordingOrder(definition.script());
  options.clock?.newStory();
  const run = await runSteps(handle, steps, options.clock);
  const registerDate = options.readOn ?? lastBusinessDate(steps);
  const register = await registerFromLog(store, definition.partnershipId, registerDate);
  const timeline = await timelineFromLog(store, definition.partnershipId);
  const state = await partnershipStateOf(store, definition.partnershipId);
  const value = await valueFromLog(store, definition.partnershipId);
  const performance = await performanceFromLog(store, definition.partnershipId, registerDate);
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
    phase: phaseOf(state, registerDate),
    value,
    performance,
    register,
    registerDate,
    timeline,
    figures,
    illustrative: definition.illustrative,
    notes: definition.notes ?? [],
  };
};
