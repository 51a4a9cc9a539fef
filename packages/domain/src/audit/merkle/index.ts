export * from './hashing';
export * from './treeBuilder';
export * from './proofs';
export * from './signedNote';
export * from './keys';
export * from './checkpoint';
export * from './cosignature';
