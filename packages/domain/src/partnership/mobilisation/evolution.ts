import { pick } from '../../shared/pick';
import { Evolution, withContract } from '../phase/evolution';

export const mobilisationEvolution: Evolution<'MobilisationStarted' | 'ServiceWentLive' | 'ModuleEmbedded'> =
  {
    MobilisationStarted: (state, { data }) =>
      withContract(state, data.contractId, (c) => ({
        ...c,
        status: 'mobilising',
        mobilisedOn: data.startedOn,
      })),
    ServiceWentLive: (state, { data }) =>
      withContract(state, data.contractId, (c) => ({
        ...c,
        status: 'live',
        ...pick(data, ['liveOn', 'nextKpiAssessmentDueBy']),
      })),
    ModuleEmbedded: (state, { data }) =>
      withContract(state, data.contractId, (c) => ({ ...c, embeddedOn: data.embeddedOn })),
  };
