export * from './deciderSpec';
export * from './runner';
export * from './eventStoreContract';
export * from './sampleEvents';
export * from './hostileValues';
export * from './untrustedContract';
// The partnership's sample actors and command builder, for other packages' specifications.
export * from '../partnership/testing/commands';
// Telling a partnership's history through the decider, for the seed specifications and others'.
export * from '../partnership/testing/story';
