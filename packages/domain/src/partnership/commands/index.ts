import * as t from 'io-ts';
import { exactCodec } from '../../shared/exact';
import { awardCommands } from './award';
import { changeCommands } from './change';
import { conceptCommands } from './concept';
import { correctionCommands } from './correction';
import { deliveryCommands } from './delivery';
import { endCommands } from './end';
import { governanceCommands } from './governance';
import { marketEngagementCommands } from './marketEngagement';
import { mobilisationCommands } from './mobilisation';
import { noticeCommands } from './notice';
import { openBookCommands } from './openBook';
import { procurementCommands } from './procurement';
import { standstillCommands } from './standstill';

export * from './award';
export * from './change';
export * from './concept';
export * from './correction';
export * from './delivery';
export * from './end';
export * from './governance';
export * from './marketEngagement';
export * from './mobilisation';
export * from './notice';
export * from './openBook';
export * from './procurement';
export * from './standstill';

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
