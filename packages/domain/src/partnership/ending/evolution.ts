import { pick } from '../../shared/pick';
import { Evolution, withContract } from '../phase/evolution';

export const endingEvolution: Evolution<'ContractExpired' | 'TerminationNoticeGiven' | 'ContractTerminated'> =
  {
    ContractExpired: (state, { data }) =>
      withContract(state, data.contractId, (c) => ({ ...c, status: 'expired', endedOn: data.expiredOn })),
    TerminationNoticeGiven: (state, { data }) =>
      withContract(state, data.contractId, (c) => ({
        ...c,
        terminationNotice: pick(data, ['ground', 'givenBy', 'noticeGivenOn', 'effectiveOn']),
      })),
    ContractTerminated: (state, { data }) =>
      withContract(state, data.contractId, (c) => ({
        ...c,
        status: 'terminated',
        endedOn: data.terminatedOn,
      })),
  };
