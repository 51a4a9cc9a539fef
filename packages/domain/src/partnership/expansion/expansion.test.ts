import { ModificationGroundCode } from '../rules/modificationGrounds';
import { Actor } from '../../eventstore/envelope';
import { actors, command } from '@council-partnerships/testing';
import { AGREEMENT, CONTRACT, P, toSigning, signContract, toLive, signAgreement } from '../testing/fixtures';
import { givenHistory } from '../testing/spec';

const agreement = signAgreement();
const withAgreement = [
  ...toSigning,
  agreement,
  signContract({ agreementId: AGREEMENT, annualValuePence: 125_000_000 }),
  command('GoLive', { partnershipId: P, contractId: CONTRACT, liveOn: '2025-07-01' }, actors.contractManager),
];
const propose = (expansionId: string, annualValuePence: number, actor: Actor = actors.partner) =>
  command(
    'ProposeModuleExpansion',
    {
      partnershipId: P,
      expansionId,
      agreementId: AGREEMENT,
      title: 'New module',
      services: ['New'],
      deliveryModel: 'co-delivery-with-council',
      annualValuePence,
      proposedOn: '2026-07-01',
    },
    actor,
  );
const approve = (
  expansionId: string,
  actor: { id: string; role: string } = actors.executive,
  permittedGround?: ModificationGroundCode,
) =>
  command(
    'ApproveModuleExpansion',
    {
      partnershipId: P,
      expansionId,
      approvedOn: '2026-07-15',
      ...(permittedGround ? { permittedGround } : {}),
    },
    actor,
  );
const review = (reviewId: string, rating: string, decision: string, confirmsEmbedded = false) =>
  command(
    'RecordPerformanceReview',
    {
      partnershipId: P,
      contractId: CONTRACT,
      reviewId,
      reviewedOn: '2026-06-15',
      periodStart: '2025-07-01',
      periodEnd: '2026-05-31',
      rating,
      rag: 'green',
      decision,
      confirmsEmbedded,
    } as never,
    actors.contractManager,
  );

it('is approved only when every initial module is embedded', () => {
  givenHistory([...withAgreement, propose('e1', 50_000_000)])
    .when(approve('e1'))
    .thenFails('ModulesNotEmbedded');
});

describe('module expansion', () => {
  it('is approved only while performance allows', () => {
    givenHistory([
      ...withAgreement,
      review('r1', 'good', 'continue', true),
      review('r2', 'requires-improvement', 'improvement-plan'),
      propose('e1', 50_000_000),
    ])
      .when(approve('e1'))
      .thenFails('PerformanceDoesNotAllow');
  });

  it('is classified as a modification: within the scope the agreement provided for', () => {
    givenHistory([...withAgreement, review('r1', 'good', 'continue', true), propose('e1', 175_000_000)])
      .when(approve('e1'))
      .thenMatches([
        {
          type: 'ModuleExpansionApproved',
          data: {
            scopeAnnualValueBeforePence: 125_000_000,
            scopeAnnualValueAfterPence: 300_000_000,
            classification: { category: 'provided-for-in-contract', changeNoticeRequired: true },
          },
        },
      ]);
    givenHistory([...withAgreement, review('r1', 'good', 'continue', true), propose('e1', 175_000_001)])
      .when(approve('e1'))
      .thenFails('SubstantialModification');
  });

  it('is never approved by the person who proposed it, and decided once', () => {
    givenHistory([...withAgreement, review('r1', 'good', 'continue', true), propose('e1', 1, actors.officer)])
      .when(approve('e1', actors.officer))
      .thenFails('SegregationOfDuties');
    const rejected = command(
      'RejectModuleExpansion',
      { partnershipId: P, expansionId: 'e1', rejectedOn: '2026-07-10', reason: 'Not affordable' },
      actors.executive,
    );
    givenHistory([...withAgreement, propose('e1', 1), rejected])
      .when(approve('e1'))
      .thenFails('ExpansionNotPending');
    givenHistory(withAgreement).when(approve('e9')).thenFails('UnknownExpansion');
  });

  it('is proposed under an agreement in force', () => {
    givenHistory(toLive).when(propose('e1', 1)).thenFails('NoAgreement');
  });
});
