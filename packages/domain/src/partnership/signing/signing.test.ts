import { actors, command } from '@council-partnerships/testing';
import {
  AGREEMENT,
  kpiAtSigning,
  kpisSetAtSigning,
  P,
  toSigning,
  signContract,
  signAgreement,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { defaultCouncilPolicy } from '../policy/councilPolicy';

const cleared = toSigning;
const agreement = signAgreement;

describe('award and agreement', () => {
  it('signs the tier-1 agreement once, with derived end date and values', () => {
    givenHistory(cleared).when(agreement()).thenRecords('PartnershipAgreementSigned', {
      tier: 1,
      endsOn: '2029-06-30',
      maximumTermMonths: 48,
      regime: 'PA2023',
    });
    givenHistory([...cleared, agreement()])
      .when(agreement({ agreementId: 'second' }))
      .thenFails('AgreementAlreadySigned');
  });

  it('signs a tier-2 contract with its terms worked out: end date, maximum term and value, KPI duty', () => {
    givenHistory(cleared)
      .when(signContract())
      .thenMatches([
        {
          type: 'ServiceContractSigned',
          data: {
            tier: 2,
            endsOn: '2028-06-30',
            maximumTermMonths: 48,
            initialTermValuePence: 600_000_000,
            maximumValuePence: 800_000_000,
            kpisRequired: true,
            openBook: { marginBasisPoints: 750, rounding: 'half-even' },
          },
        },
        ...kpisSetAtSigning,
      ]);
  });

  describe('PA 2023 s.52: KPIs set before a contract over £5m is entered into', () => {
    it('refuses to sign an £8m contract with fewer than three KPIs, naming the provision, the figure and the date', () => {
      const refusal = givenHistory(cleared)
        .when(signContract({ kpis: ['k1', 'k2'].map(kpiAtSigning) }))
        .thenFails('KpisRequired', { path: ['data', 'kpis'] });
      expect(refusal.message).toContain('PA 2023 s.52(1)');
      expect(refusal.message).toContain('£8,000,000.00');
      expect(refusal.message).toContain('£5,000,000.00');
      expect(refusal.message).toContain('2025-06-13');
      expect(refusal.message).toContain('it has 2');
    });

    it('signs with the KPIs set, dated the day of signing', () => {
      givenHistory(cleared)
        .when(signContract())
        .thenMatches([
          { type: 'ServiceContractSigned' },
          ...['k1', 'k2', 'k3'].map((kpiId) => ({
            type: 'KpiDefined' as const,
            data: { kpiId, definedOn: '2025-06-13' },
          })),
        ]);
    });

    it('records the s.52(2) reason where performance could not appropriately be assessed by KPIs, and then needs none at go-live', () => {
      const exception = {
        kpis: [],
        kpiDutyException: {
          ground: 'not-appropriately-assessed-by-kpis' as const,
          reason:
            'A single fixed-scope design commission: performance is assessed by acceptance of the deliverable',
        },
      };
      const signed = givenHistory(cleared)
        .when(signContract(exception))
        .thenMatches([
          { type: 'ServiceContractSigned', data: { kpisRequired: true } },
          {
            type: 'KpiDutyExceptionRecorded',
            data: {
              ground: 'not-appropriately-assessed-by-kpis',
              provision: 'PA 2023 s.52(2)',
              recordedOn: '2025-06-13',
            },
          },
        ]);
      expect(signed.state.contracts['spec-contract']?.kpisRequired).toBe(false);
    });

    it('is the law, not policy: a policy with a higher line cannot switch it off, a stricter one applies', () => {
      const lax = {
        ...defaultCouncilPolicy,
        kpi: { valueThresholdPence: 10_000_000_000, minimumKpis: 0, assessEveryMonths: 24 },
      };
      givenHistory(cleared, lax)
        .when(signContract({ kpis: [] }))
        .thenFails('KpisRequired');
      const strict = {
        ...defaultCouncilPolicy,
        kpi: { valueThresholdPence: 100_000_000, minimumKpis: 4, assessEveryMonths: 6 },
      };
      const refusal = givenHistory(cleared, strict)
        .when(signContract({ annualValuePence: 50_000_000 }))
        .thenFails('KpisRequired');
      expect(refusal.message).toContain('stricter than the Act');
      expect(refusal.message).toContain('at least 4 KPIs');
    });

    it('refuses an exception for a contract the duty does not reach (£4m)', () => {
      givenHistory(cleared)
        .when(
          signContract({
            annualValuePence: 100_000_000,
            kpis: [],
            kpiDutyException: { ground: 'framework', reason: 'n/a' },
          }),
        )
        .thenFails('KpiDutyExceptionInvalid', { path: ['data', 'kpiDutyException'] });
    });
  });

  it('signs only with the supplier the lot was awarded to, within the awarded value', () => {
    givenHistory(cleared)
      .when(signContract({ supplierId: 'someone-else' }))
      .thenFails('SupplierNotAwarded');
    givenHistory(cleared)
      .when(signContract({ annualValuePence: 200_000_001 }))
      .thenFails('ExceedsAwardedValue');
    givenHistory([...cleared, signContract({ annualValuePence: 150_000_000 })])
      .when(signContract({ contractId: 'second', annualValuePence: 50_000_001 }))
      .thenFails('ExceedsAwardedValue');
  });

  it('refuses terms that cannot be: no term, options without a length, a century, savings above the price', () => {
    givenHistory(cleared)
      .when(signContract({ initialTerm: { years: 0, months: 0 } }))
      .thenFails('TermInvalid');
    givenHistory(cleared)
      .when(signContract({ extensionOptions: { count: 2, lengthMonths: 0 } }))
      .thenFails('TermInvalid');
    givenHistory(cleared)
      .when(signContract({ initialTerm: { years: 101, months: 0 } }))
      .thenFails('TermInvalid');
    givenHistory(cleared)
      .when(
        signContract({
          savingsSchedule: [{ label: 'MTFP', fromContractYear: 1, annualAmountPence: 200_000_001 }],
        }),
      )
      .thenFails('SavingsScheduleInvalid');
    givenHistory(cleared)
      .when(signContract({ savingsSchedule: [{ label: 'MTFP', fromContractYear: 5, annualAmountPence: 1 }] }))
      .thenFails('SavingsScheduleInvalid');
    givenHistory(cleared)
      .when(signContract({ fundingShares: [{ commissionerId: 'council', shareBasisPoints: 9_999 }] }))
      .thenFails('FundingSharesInvalid');
  });

  it('names the third party that delivers a third-party module', () => {
    givenHistory(cleared)
      .when(signContract({ deliveryModel: 'third-party' }))
      .thenFails('ThirdPartyProviderRequired');
  });

  it('needs a source: an awarded lot, or an approved expansion under the agreement', () => {
    givenHistory(cleared)
      .when(signContract({ procurementId: undefined, lotId: undefined }))
      .thenFails('ContractSourceMissing');
    givenHistory(cleared)
      .when(signContract({ agreementId: 'nope' }))
      .thenFails('NoAgreement');
    givenHistory(cleared)
      .when(signContract({ procurementId: undefined, lotId: undefined, expansionId: 'x' }))
      .thenFails('UnknownExpansion');
    const proposed = command(
      'ProposeModuleExpansion',
      {
        partnershipId: P,
        expansionId: 'x',
        agreementId: AGREEMENT,
        title: 'More',
        services: ['More'],
        deliveryModel: 'partner',
        annualValuePence: 1_000,
        proposedOn: '2025-08-01',
      },
      actors.partner,
    );
    // A module from the expansion rather than from a lot.
    const moduleOf = (annualValuePence?: number) =>
      signContract({
        contractId: 'm2',
        procurementId: undefined,
        lotId: undefined,
        expansionId: 'x',
        ...(annualValuePence === undefined ? {} : { signedOn: '2025-08-11', annualValuePence }),
      });
    givenHistory([...cleared, agreement(), proposed])
      .when(moduleOf())
      .thenFails('ExpansionNotApproved');
    const approved = command(
      'ApproveModuleExpansion',
      { partnershipId: P, expansionId: 'x', approvedOn: '2025-08-10' },
      actors.executive,
    );
    givenHistory([...cleared, agreement(), proposed, approved])
      .when(moduleOf(1_001))
      .thenFails('ExceedsApprovedValue');
    const signed = givenHistory([...cleared, agreement(), proposed, approved])
      .when(moduleOf(1_000))
      .thenMatches([
        {
          type: 'ServiceContractSigned',
          data: { agreementId: AGREEMENT, expansionId: 'x', procurementId: null },
        },
        ...kpisSetAtSigning,
      ]);
    expect(signed.state.expansions['x']?.contractId).toBe('m2');
  });

  it('refuses the same contract id twice', () => {
    givenHistory([...cleared, signContract()])
      .when(signContract())
      .thenFails('AlreadyRecorded');
  });
});
