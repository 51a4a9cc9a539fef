import { uuidV7 } from '@council-partnerships/adapters';
import {
  aggregateStream,
  CouncilPolicy,
  createCommandHandler,
  createPartnershipDecider,
  defaultCouncilPolicy,
  EventStore,
  PartnershipCommandCodec,
  partnershipEventRegistry,
  PartnershipState,
  partnershipStreamIdOf,
  partnershipStreamId,
} from '@council-partnerships/domain';

export interface HandleOptions {
  readonly councilName: string;
  /** Adjusts the library's default policy to this council's scheme of delegation. */
  readonly policy?: (base: CouncilPolicy) => CouncilPolicy;
  readonly newEventId?: () => string;
  readonly maxAttempts?: number;
  /** Streams whose folded state the handler keeps between commands (the handler's default; 0: none). */
  readonly cachedStreams?: number;
}

export const policyFor = (options: HandleOptions): CouncilPolicy => {
  const base = { ...defaultCouncilPolicy, councilName: options.councilName };
  return options.policy === undefined ? base : options.policy(base);
};

/** The one door every example writes through: the partnership decider behind the command handler. */
export const createPartnershipHandle = (store: EventStore, options: HandleOptions) =>
  createCommandHandler({
    store,
    decider: createPartnershipDecider(policyFor(options)),
    registry: partnershipEventRegistry,
    commandCodec: PartnershipCommandCodec,
    streamIdOf: partnershipStreamIdOf,
    newEventId: options.newEventId ?? uuidV7,
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.cachedStreams !== undefined ? { cachedStreams: options.cachedStreams } : {}),
  });

export type PartnershipHandle = ReturnType<typeof createPartnershipHandle>;

/** The decider's state of one partnership, folded from its stream (what the rules see). */
export const partnershipStateOf = async (
  store: EventStore,
  partnershipId: string,
): Promise<PartnershipState> => {
  const folded = await aggregateStream(
    store,
    partnershipEventRegistry,
    createPartnershipDecider(defaultCouncilPolicy),
    partnershipStreamId(partnershipId),
  );
  if (folded._tag === 'Left') throw new Error(`cannot read ${partnershipId}: ${folded.left.message}`);
  return folded.right.state;
};
