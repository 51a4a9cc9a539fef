import { LibraryError, partnershipStreamId } from '@council-partnerships/domain';

export interface UnknownPartnership extends LibraryError {
  readonly code: 'UnknownPartnership';
  readonly partnershipId: string;
}

export const unknownPartnership = (partnershipId: string): UnknownPartnership => ({
  code: 'UnknownPartnership',
  message: `no partnership ${partnershipId} is recorded in this store (stream ${partnershipStreamId(partnershipId)} has no events); list the partnerships it holds with 'partnerships list'`,
  path: ['partnership'],
  partnershipId,
});
