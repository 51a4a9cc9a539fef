import * as t from 'io-ts';
import { ActorCodec } from '../eventstore/envelope';
import { OffsetTimestampCodec } from '../shared/timestamp';

const NonEmpty = t.refinement(t.string, (s) => s.trim().length > 0, 'a non-empty string');

/**
 * What every command carries besides its data: who asks (and in what role), when the thing happens
 * in business time, and the command id that makes a retry safe. Time and ids come in from outside;
 * the domain never reads a clock or makes an id.
 */
export const CommandMetadataCodec = t.intersection([
  t.type({ commandId: NonEmpty, actor: ActorCodec, occurredAt: OffsetTimestampCodec }),
  t.partial({ correlationId: NonEmpty, causationId: NonEmpty }),
]);
export type CommandMetadata = t.TypeOf<typeof CommandMetadataCodec>;

export interface Command<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}

/** Builds the codec of one command type: its literal type, its data codec and the shared metadata. */
export const commandCodec = <Type extends string, D extends t.Mixed>(type: Type, data: D) =>
  t.type({ type: t.literal(type), data, metadata: CommandMetadataCodec }, type);
