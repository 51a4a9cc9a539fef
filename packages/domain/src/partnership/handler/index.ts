export * from './createPartnershipHandler';
