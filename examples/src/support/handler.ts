import {
  aggregateStream,
  CouncilPolicy,
  createPartnershipDecider,
  defaultCouncilPolicy,
  EventStore,
  partnershipEventRegistry,
  PartnershipState,
  partnershipStreamId,
} from '@council-partnerships/domain';

/** A council as a story names it: the library's default policy, under its name, as it adjusts it. */
export interface Council {
  readonly councilName: string;
  /** Adjusts the library's default policy to this council's scheme of delegation. */
  readonly policy?: (base: CouncilPolicy) => CouncilPolicy;
}

/**
 * The policy every example hands the library's `createPartnershipHandler`, the one door they all
 * write through: `createPartnershipHandler({ store, policy: policyFor(council) })`.
 */
export const policyFor = (council: Council): CouncilPolicy => {
  const base = { ...defaultCouncilPolicy, councilName: council.councilName };
  return council.policy === undefined ? base : council.policy(base);
};

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
