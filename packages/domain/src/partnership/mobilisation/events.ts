import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { CountCodec, IdCodec, nullable } from '../codecs';
import { partnershipData } from '../events/shape';

export const MobilisationStarted = defineEvent(
  'MobilisationStarted',
  partnershipData({ contractId: IdCodec, startedOn: BusinessDateCodec }),
);

/** The service went live. For contracts that need KPIs, the first assessment is due within 12 months. */
export const ServiceWentLive = defineEvent(
  'ServiceWentLive',
  partnershipData({
    contractId: IdCodec,
    liveOn: BusinessDateCodec,
    kpiCount: CountCodec,
    nextKpiAssessmentDueBy: nullable(BusinessDateCodec),
  }),
);

/** A review found the module embedded: the condition before the partnership's scope may expand. */
export const ModuleEmbedded = defineEvent(
  'ModuleEmbedded',
  partnershipData({ contractId: IdCodec, reviewId: IdCodec, embeddedOn: BusinessDateCodec }),
);

export const mobilisationEvents = [MobilisationStarted, ServiceWentLive, ModuleEmbedded] as const;
