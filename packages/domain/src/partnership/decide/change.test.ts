import { ModificationGroundCode } from '../rules/modificationGrounds';
import { Actor } from '../../eventstore/envelope';
import { actors, command } from '@council-partnerships/testing';
import {
  AGREEMENT,
  approval,
  CONTRACT,
  endStandstill,
  LOT,
  P,
  PROCUREMENT,
  signContract,
  standstill,
  SUPPLIER,
  toAward,
  toLive,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { CouncilPolicy, defaultCouncilPolicy } from '../policy/councilPolicy';

const extend = (exercisedOn: string, governanceDecisionId?: string) =>
  command('ExerciseExtensionOption', {
    partnershipId: P,
    contractId: CONTRACT,
    exercisedOn,
    ...(governanceDecisionId ? { governanceDecisionId } : {}),
  });
const modify = (overrides: Record<string, unknown> = {}) =>
  command('ModifyContract', {
    partnershipId: P,
    contractId: CONTRACT,
    modificationId: 'm1',
    kind: 'term',
    description: 'Change',
    agreedOn: '2026-01-15',
    termChangeMonths: 0,
    valueChangePence: 0,
    ...overrides,
  });

const agreement = command('SignPartnershipAgreement', {
  partnershipId: P,
  agreementId: AGREEMENT,
  kind: 'partnership-agreement',
  title: 'Partnership agreement',
  partnerId: SUPPLIER,
  partnerName: 'Partner Organisation',
  procurementId: PROCUREMENT,
  lotId: LOT,
  signedOn: '2025-06-13',
  startsOn: '2025-07-01',
  initialTerm: { years: 4, months: 0 },
  annualValuePence: 0,
  potentialAnnualValuePence: 300_000_000,
});
const withAgreement = [
  ...toAward,
  standstill(),
  endStandstill(),
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

describe('change', () => {
  describe('extension options', () => {
    it('exercises an option before expiry, moving the end date', () => {
      givenHistory(toLive)
        .when(extend('2028-06-30'))
        .thenMatches([
          {
            type: 'ExtensionOptionExercised',
            data: { optionNumber: 1, previousEndsOn: '2028-06-30', newEndsOn: '2029-06-30' },
          },
        ]);
    });

    it('never exercises more options than were granted, nor after expiry', () => {
      givenHistory([...toLive, extend('2028-01-10')])
        .when(extend('2029-01-10'))
        .thenFails('ExtensionsExhausted');
      givenHistory(toLive).when(extend('2028-07-01')).thenFails('ExtensionTooLate');
    });

    it('asks for a decision when the council’s policy puts extensions above a threshold', () => {
      const policy: CouncilPolicy = {
        ...defaultCouncilPolicy,
        approvalThresholds: [
          {
            subjects: ['extension'],
            abovePence: 100_000_000,
            approvers: ['executive'],
            description: 'Executive approves extensions over £1m',
          },
        ],
      };
      givenHistory(toLive, policy).when(extend('2028-01-10')).thenFails('ApprovalRequired');
      givenHistory([...toLive, approval('ext-ok', 'extension', '2028-01-05')], policy)
        .when(extend('2028-01-10', 'ext-ok'))
        .thenMatches([{ type: 'ExtensionOptionExercised', data: { governanceDecisionId: 'ext-ok' } }]);
    });
  });

  describe('modifications, classified under PA 2023 s.74-75', () => {
    // s.74(3)(a) makes five months of a 48-month maximum term (10.42%) substantial; s.74(4) lets it
    // stand as a below-threshold modification only while its value is within 10% and the threshold.
    // https://www.legislation.gov.uk/ukpga/2023/54/section/74/enacted
    it('treats a term change over 10% of the maximum term as substantial, refused without a permitted ground when it adds more than 10% of the value', () => {
      const refusal = givenHistory(toLive)
        .when(modify({ termChangeMonths: 5, valueChangePence: 62_500_000 }))
        .thenFails('SubstantialModification');
      expect(refusal.message).toContain('10.42%');
      expect(refusal.message).toContain('s.74(3)(a)');
      givenHistory(toLive)
        .when(modify({ termChangeMonths: 5 }))
        .thenMatches([
          {
            type: 'ContractModified',
            data: {
              classification: {
                regime: 'PA2023',
                provision: 'PA 2023 s.74(1)(c), (4)',
                category: 'below-threshold-modification',
                termChangeBps: 1042,
              },
            },
          },
        ]);
      givenHistory(toLive)
        .when(
          modify({
            termChangeMonths: 5,
            valueChangePence: 62_500_000,
            permittedGround: 'pa2023-sch8-unforeseeable-circumstances',
          }),
        )
        .thenMatches([
          {
            type: 'ContractModified',
            data: {
              newEndsOn: '2028-11-30',
              classification: { substantial: true, changeNoticeRequired: true },
            },
          },
        ]);
    });

    it('classifies a value change within 10% and under the threshold as a below-threshold modification with no change notice', () => {
      givenHistory(toLive)
        .when(modify({ kind: 'value', valueChangePence: 10_000_000 }))
        .thenMatches([
          {
            type: 'ContractModified',
            data: {
              classification: {
                provision: 'PA 2023 s.74(1)(c), (4)',
                category: 'below-threshold-modification',
                valueChangeBps: 167,
                changeNoticeRequired: false,
              },
            },
          },
        ]);
    });

    it('aggregates below-threshold modifications: a second £150,000 rise takes the total over the £214,904 threshold and moves the economic balance (s.74(3)(c))', () => {
      const first = modify({ kind: 'value', valueChangePence: 15_000_000 });
      const second = {
        ...first,
        data: { ...first.data, modificationId: 'm-2', valueChangePence: 15_000_000 },
      };
      givenHistory(toLive)
        .when(first)
        .thenMatches([{ type: 'ContractModified' }]);
      const refusal = givenHistory([...toLive, first])
        .when(second)
        .thenFails('SubstantialModification');
      expect(refusal.message).toContain('s.74(3)(c)');
      expect(refusal.message).toContain('£300,000.00');
    });

    // s.74(4)(a): a below-threshold modification moves the value by at most "(i) in the case of a
    // contract for goods or services, 10 per cent" or "(ii) in the case of a contract for works, 15 per
    // cent", and the aggregate stays below the threshold for the contract's kind (Schedule 1: works
    // £5,193,000 from 1 January 2026). https://www.legislation.gov.uk/ukpga/2023/54/section/74/enacted
    it('reads a works contract by the works line and threshold its launch recorded: +12% (£720,000) on £6m stands as a below-threshold modification, where a services contract is refused', () => {
      const works = toLive.map((c) =>
        c.type === 'LaunchProcurement' ? { ...c, data: { ...c.data, contractKind: 'works' as const } } : c,
      );
      givenHistory(works)
        .when(modify({ kind: 'value', valueChangePence: 72_000_000 }))
        .thenMatches([
          {
            type: 'ContractModified',
            data: {
              classification: {
                category: 'below-threshold-modification',
                valueChangeBps: 1200,
                measures: { lineBps: 1500, thresholdPence: 519_300_000 },
              },
            },
          },
        ]);
      const refusal = givenHistory(toLive)
        .when(modify({ kind: 'value', valueChangePence: 72_000_000 }))
        .thenFails('SubstantialModification');
      expect(refusal.message).toContain('within 10.00% of the original value');
      expect(refusal.message).toContain('£207,720.00');
    });

    it('refuses a free-text ground and a ground of another regime', () => {
      const free = modify({ termChangeMonths: 24 });
      givenHistory(toLive)
        .when({ ...free, data: { ...free.data, permittedGround: 'pcr2015-reg72-1-c-unforeseeable' } })
        .thenFails('SubstantialModification', { path: ['data', 'permittedGround'] });
    });

    it('lets a light-touch contract be modified freely', () => {
      const lightTouch = toLive.map((c) =>
        c.type === 'LaunchProcurement' ? { ...c, data: { ...c.data, lightTouch: true } } : c,
      );
      givenHistory(lightTouch)
        .when(modify({ termChangeMonths: 24 }))
        .thenMatches([
          {
            type: 'ContractModified',
            data: {
              classification: { category: 'light-touch', substantial: false, changeNoticeRequired: false },
            },
          },
        ]);
    });

    it('refuses a change that changes nothing, or comes after the end', () => {
      givenHistory(toLive).when(modify()).thenFails('ModificationInvalid');
      givenHistory(toLive)
        .when(modify({ kind: 'value', valueChangePence: 1, agreedOn: '2028-07-01' }))
        .thenFails('ModificationInvalid');
      givenHistory(toLive)
        .when(modify({ kind: 'value', valueChangePence: -600_000_001 }))
        .thenFails('ModificationInvalid');
    });
  });

  describe('module expansion', () => {
    it('is approved only when every initial module is embedded', () => {
      givenHistory([...withAgreement, propose('e1', 50_000_000)])
        .when(approve('e1'))
        .thenFails('ModulesNotEmbedded');
    });

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
      givenHistory([
        ...withAgreement,
        review('r1', 'good', 'continue', true),
        propose('e1', 1, actors.officer),
      ])
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
});
