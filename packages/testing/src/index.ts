export * from './deciderSpec';
export * from './runner';
export * from './eventStoreContract';
export * from './sampleEvents';
export * from './hostileValues';
export * from './storedRowTampering';
export * from './untrustedContract';
// The partnership's sample actors and command builder, for other packages' specifications.
export * from './partnershipCommands';
export * from './snapshotStoreContract';
