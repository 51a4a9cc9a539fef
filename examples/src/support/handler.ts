import {
  aggregateStream,
  CouncilPolicy,
  createPartnershipDecider,
  createPartnershipHandler,
  defaultCouncilPolicy,
  EventStore,
  partnershipEventRegistry,
  PartnershipHandler,
  PartnershipState,
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

/** The one door every example writes through: the library's partnership handler, on this council's policy. */
export const createPartnershipHandle = (store: EventStore, options: HandleOptions): PartnershipHandler =>
  createPartnershipHandler({
    store,
    policy: policyFor(options),
    ...(options.newEventId !== undefined ? { newEventId: options.newEventId } : {}),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.cachedStreams !== undefined ? { cachedStreams: options.cachedStreams } : {}),
  });

export type PartnershipHandle = PartnershipHandler;

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
