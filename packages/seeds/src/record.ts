import {
  CouncilPolicy,
  createPartnershipDecider,
  createPartnershipHandler,
  defaultCouncilPolicy,
  describeError,
  EventStore,
  RecordedEvent,
} from '@council-partnerships/domain';
import { ChapterRange, Seed, stepsOf } from './seed';
import { StoryClock } from './telling/recording';

/** A council as a story names it, and how it adjusts the library's default policy (if it does). */
export type Council = Pick<Seed, 'councilName' | 'policy'>;

/** The council's policy: the library default, named for the council, as the story adjusts it. */
export const policyOf = (council: Council): CouncilPolicy => {
  const base = { ...defaultCouncilPolicy, councilName: council.councilName };
  return council.policy === undefined ? base : council.policy(base);
};

/** The partnership command handler on the council's policy: the one door every telling writes through. */
export const handlerFor = (store: EventStore, council: Council, newEventId?: () => string) =>
  createPartnershipHandler({
    store,
    policy: policyOf(council),
    ...(newEventId !== undefined ? { newEventId } : {}),
  });

/** The partnership decider on the seed council's policy: what the domain's specifications tell a seed through. */
export const deciderOf = (seed: Seed) => createPartnershipDecider(policyOf(seed));

export interface RecordOptions {
  /** Which part of the story (the whole of it if omitted). */
  readonly range?: ChapterRange;
  readonly newEventId?: () => string;
  /** The store's clock, if it is a story clock: recorded times then follow the story. */
  readonly clock?: StoryClock;
  /** The events each accepted command recorded (inline projections keep up with them). */
  readonly onRecorded?: (events: readonly RecordedEvent[]) => void;
}

/**
 * Records a seed through the partnership command handler on its council's policy, in the order its
 * steps were recorded. A step the story expects to be refused is sent and must be refused with that
 * code; any other refusal stops the telling, since every later step depends on the earlier ones.
 */
export const recordSeed = async (
  store: EventStore,
  seed: Seed,
  options: RecordOptions = {},
): Promise<void> => {
  const handle = handlerFor(store, seed, options.newEventId);
  for (const step of stepsOf(seed, options.range)) {
    options.clock?.recordStep(step);
    const handled = await handle(step.command);
    const { type, metadata } = step.command;
    if (handled._tag === 'Left') {
      if (handled.left.code === step.expectRefusal) continue;
      throw new Error(`${metadata.commandId} (${type}) refused: ${describeError(handled.left)}`);
    }
    if (step.expectRefusal !== undefined)
      throw new Error(`${metadata.commandId} (${type}) was not refused with ${step.expectRefusal}`);
    options.onRecorded?.(handled.right.events);
  }
};

/** A whole seed, or the part of it between two named points. */
export type SeedPart = Seed | { readonly seed: Seed; readonly range: ChapterRange };

/** Records several seeds (or parts of them) one after another on one store. */
export const recordSeeds = async (
  store: EventStore,
  parts: readonly SeedPart[],
  options: Omit<RecordOptions, 'range'> = {},
): Promise<void> => {
  for (const part of parts) {
    if ('range' in part) await recordSeed(store, part.seed, { ...options, range: part.range });
    else await recordSeed(store, part, options);
  }
};
