import * as t from 'io-ts';
import { exactCodec } from '../../shared/exact';
import { awardCommands } from '../signing/commands';
import { changeCommands } from '../modification/commands';
import { conceptCommands } from '../concept/commands';
import { correctionCommands } from '../correction/commands';
import { deliveryCommands } from '../delivery/commands';
import { endCommands } from '../ending/commands';
import { governanceCommands } from '../governance/commands';
import { marketEngagementCommands } from '../marketEngagement/commands';
import { mobilisationCommands } from '../mobilisation/commands';
import { noticeCommands } from '../notice/commands';
import { openBookCommands } from '../openBook/commands';
import { procurementCommands } from '../procurement/commands';
import { standstillCommands } from '../standstill/commands';

export * from '../signing/commands';
export * from '../modification/commands';
export * from '../concept/commands';
export * from '../correction/commands';
export * from '../delivery/commands';
export * from '../ending/commands';
export * from '../governance/commands';
export * from '../marketEngagement/commands';
export * from '../mobilisation/commands';
export * from '../notice/commands';
export * from '../openBook/commands';
export * from '../procurement/commands';
export * from '../standstill/commands';

/** Every command of the partnership lifecycle, in lifecycle order. */
export const partnershipCommands = [
  ...conceptCommands,
  ...governanceCommands,
  ...marketEngagementCommands,
  ...procurementCommands,
  ...standstillCommands,
  ...awardCommands,
  ...mobilisationCommands,
  ...deliveryCommands,
  ...openBookCommands,
  ...changeCommands,
  ...endCommands,
  ...noticeCommands,
  ...correctionCommands,
] as const;

type CommandCodecs = (typeof partnershipCommands)[number];

export type PartnershipCommand = t.TypeOf<CommandCodecs>;
export type PartnershipCommandType = PartnershipCommand['type'];
export type PartnershipCommandOfType<T extends PartnershipCommandType> = Extract<
  PartnershipCommand,
  { type: T }
>;

export const PARTNERSHIP_COMMAND_TYPES: readonly PartnershipCommandType[] = partnershipCommands.map(
  (codec) => codec.name as PartnershipCommandType,
);

/**
 * Validates any partnership command at the boundary; a malformed one is refused naming the field, and
 * so is a field no command names (in its data, its metadata or its actor): what is not checked is not
 * stored.
 */
export const PartnershipCommandCodec = exactCodec(
  t.union(
    partnershipCommands as unknown as [CommandCodecs, CommandCodecs, ...CommandCodecs[]],
    'PartnershipCommand',
  ),
) as unknown as t.Type<PartnershipCommand, PartnershipCommand, unknown>;

/** The stream a command is decided on. */
export const partnershipStreamIdOf = (command: PartnershipCommand): string =>
  `partnership-${command.data.partnershipId}`;
