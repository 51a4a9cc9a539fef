import {
  aggregateStream,
  createPartnershipDecider,
  defaultCouncilPolicy,
  EventStore,
  partnershipEventRegistry,
  PartnershipState,
  partnershipStreamId,
} from '@council-partnerships/domain';

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
