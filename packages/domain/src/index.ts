export * from './shared/errors';
export * from './shared/json';
export * from './shared/idRecord';
export * from './shared/pick';
export * from './shared/limits';
export * from './shared/validation';
export * from './shared/refinedCodec';
export * from './eventstore/envelope';
export * from './eventstore/errors';
export * from './eventstore/port';
export * from './eventstore/hashChain';
export * from './eventstore/appendInput';
export * from './eventstore/idempotentAppend';
export * from './eventstore/storedRow';
export * from './eventstore/foldableEvent';
export * from './eventstore/foldPages';
export * from './eventstore/loggedEvent';
export * from './eventstore/frozenEvents';
export * from './eventstore/subscription';
export * from './events/defineEvent';
export * from './events/registry';
export * from './decider/decider';
export * from './decider/command';
export * from './decider/commandHandler';
export * from './decider/retry';
export * from './money';
export * from './calendar';
export * from './partnership';
export * from './audit';
export * from './eventstore/eventIds';
export * from './eventstore/snapshots/snapshotPort';
export * from './eventstore/snapshots/stateTree';
export {
  PartnershipStateCodec,
  partnershipStateSchemaVersion,
} from './partnership/snapshots/partnershipStateCodec';
