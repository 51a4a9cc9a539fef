export * from './deciderSpec';
export * from './eventStoreContract';
export * from './sampleEvents';
