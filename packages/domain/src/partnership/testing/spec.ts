import { deciderSpec } from '@council-partnerships/testing';
import { PartnershipCommand } from '../commands';
import { createPartnershipDecider } from '../decide';
import { PartnershipEvent } from '../events';
import { CouncilPolicy, defaultCouncilPolicy } from '../policy/councilPolicy';
import { expectTold, tell } from './story';

/** Any part of a value, however deep: what a specification says about an event it expects. */
export type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * given (a history told as commands) / when (a command) / then (events or a refusal). `thenMatches`
 * takes events described as deeply as the specification cares to; `thenRecords` says the command
 * records exactly one event, of this type, with data like this.
 */
export const givenHistory = (
  commands: readonly PartnershipCommand[],
  policy: CouncilPolicy = defaultCouncilPolicy,
) => {
  const decider = createPartnershipDecider(policy);
  const given = deciderSpec(decider).given(expectTold(tell(decider, commands)).events);
  return {
    ...given,
    when: (command: PartnershipCommand) => {
      const then = given.when(command);
      return {
        ...then,
        thenMatches: (expected: readonly DeepPartial<PartnershipEvent>[]) =>
          then.thenMatches(expected as readonly Partial<PartnershipEvent>[]),
        thenRecords: <T extends PartnershipEvent['type']>(
          type: T,
          data: DeepPartial<Extract<PartnershipEvent, { type: T }>['data']>,
        ) => then.thenMatches([{ type, data }] as readonly Partial<PartnershipEvent>[]),
      };
    },
  };
};
