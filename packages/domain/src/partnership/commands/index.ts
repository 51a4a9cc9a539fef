import * as t from 'io-ts';
import { exactCodec } from '../../shared/exact';
import { conceptCommands } from '../concept/commands';
import { correctionCommands } from '../correction/commands';
import { deliveryCommands } from '../delivery/commands';
import { endingCommands } from '../ending/commands';
import { evaluationAndAwardCommands } from '../evaluationAndAward/commands';
import { expansionCommands } from '../expansion/commands';
import { extensionCommands } from '../extension/commands';
import { governanceCommands } from '../governance/commands';
import { marketEngagementCommands } from '../marketEngagement/commands';
import { mobilisationCommands } from '../mobilisation/commands';
import { modificationCommands } from '../modification/commands';
import { noticeCommands } from '../notice/commands';
import { openBookCommands } from '../openBook/commands';
import { procurementCommands, CancelProcurement } from '../procurement/commands';
import { serviceDesignCommands } from '../serviceDesign/commands';
import { signingCommands } from '../signing/commands';
import { standstillCommands } from '../standstill/commands';

export * from '../concept/commands';
export * from '../correction/commands';
export * from '../delivery/commands';
export * from '../ending/commands';
export * from '../evaluationAndAward/commands';
export * from '../expansion/commands';
export * from '../extension/commands';
export * from '../governance/commands';
export * from '../marketEngagement/commands';
export * from '../mobilisation/commands';
export * from '../modification/commands';
export * from '../notice/commands';
export * from '../openBook/commands';
export * from '../procurement/commands';
export * from '../serviceDesign/commands';
export * from '../signing/commands';
export * from '../standstill/commands';

/** Every command of the partnership lifecycle, phase by phase, in the order first published. */
export const partnershipCommands = [
  ...conceptCommands,
  ...governanceCommands,
  ...marketEngagementCommands,
  ...procurementCommands,
  ...evaluationAndAwardCommands,
  CancelProcurement,
  ...standstillCommands,
  ...signingCommands,
  ...serviceDesignCommands,
  ...mobilisationCommands,
  ...deliveryCommands,
  ...openBookCommands,
  ...extensionCommands,
  ...modificationCommands,
  ...expansionCommands,
  ...endingCommands,
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

/** @deprecated Earlier names of phase lists: `signingCommands` with `serviceDesignCommands`, `endingCommands`, and extension, modification and expansion. */
export const awardCommands = [...signingCommands, ...serviceDesignCommands] as const;
/** @deprecated See `awardCommands`. */
export const endCommands = endingCommands;
/** @deprecated See `awardCommands`. */
export const changeCommands = [...extensionCommands, ...modificationCommands, ...expansionCommands] as const;
