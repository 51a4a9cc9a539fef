import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { PartnershipEvent } from '@council-partnerships/domain';
import { appendFacts, kpiDefined, kpiDefinitionCorrected, serviceContract } from '../testing/partnershipLog';
import { rebuiltState } from '../testing/rebuilt';
import { ocdsProjection } from './projection';
import { ocdsReleases } from './view';

const P = 'corrected-kpi-ocds';
const contractId = 'family-time';
const terms = {
  target: 8000,
  direction: 'higher-is-better' as const,
  tolerance: { greenWithinBps: 500, amberWithinBps: 1500 },
};
const defined = kpiDefined(P, contractId, 'seen', { name: 'Seen within 10 days' });
const renamed = kpiDefinitionCorrected(P, contractId, 'seen', {
  correctionId: 'fix-name',
  correctedOn: '2022-06-01',
  reason: 'the specification counts working days',
  previous: { name: 'Seen within 10 days', unit: 'bps', frequency: 'quarterly', ...terms },
  corrected: { name: 'Seen within 10 working days', unit: 'bps', frequency: 'quarterly', ...terms },
});
const review = (reviewId: string, reviewedOn: string): PartnershipEvent => ({
  type: 'PerformanceReviewed',
  data: {
    partnershipId: P,
    contractId,
    reviewId,
    reviewedOn,
    periodStart: '2022-04-01',
    periodEnd: '2022-06-30',
    rating: 'good',
    ratingExplanation: null,
    rag: 'green',
    decision: 'continue',
    kpiAssessments: [{ kpiId: 'seen', rating: 'good', rag: 'green' }],
    finalAssessment: false,
    confirmsEmbedded: false,
    nextAssessmentDueBy: null,
    reviewedBy: { id: 'cm-2', role: 'contract-manager' },
  },
});

describe('OCDS performance releases of a KPI whose name was corrected', () => {
  it('given a review before the correction and one after, then each metric is titled with the name known when it was reviewed', async () => {
    const store = createInMemoryEventStore();
    await appendFacts(store, [
      serviceContract(P, contractId, { startsOn: '2022-04-01', kpisRequired: true }),
      defined,
      review('before', '2022-05-15'),
      renamed,
      review('after', '2022-07-15'),
    ]);
    const read = ocdsReleases(await rebuiltState(store, ocdsProjection), { ocidPrefix: 'ocds-h6vhtk' });
    if (read._tag === 'Left') throw new Error(read.left.message);
    const titles = read.right.releases
      .filter((r) => r.tag.includes('implementation'))
      .map((r) => {
        const [contract] = r['contracts'] as { implementation: { metrics: { title: string }[] } }[];
        return contract?.implementation.metrics.map((m) => m.title);
      });
    expect(titles).toEqual([['Seen within 10 days'], ['Seen within 10 working days']]);
  });
});
