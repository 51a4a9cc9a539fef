import { partnershipEventRegistry } from '@council-partnerships/domain';
import { auditTimelineProjection } from './audit/projection';
import { combineProjections } from './combine';
import { contractValueProjection } from './contractValue/projection';
import { performanceProjection } from './performance/projection';
import { registerFactsProjection } from './register/projection';

/**
 * The read models kept per partnership, under the names a combined state holds them by: what a
 * council's reports read together, to combine with whichever audit read model a caller keeps.
 */
export const partnershipReadModels = {
  value: contractValueProjection,
  facts: registerFactsProjection,
  performance: performanceProjection,
};

/**
 * Every read model a council keeps, folded together in one pass over the log: a full export needs
 * them all, and reading a long log once instead of four times is what makes it affordable.
 */
export const everyReadModelProjection = combineProjections({
  name: 'every-read-model',
  version: 1,
  registry: partnershipEventRegistry,
  parts: { ...partnershipReadModels, audit: auditTimelineProjection },
});
