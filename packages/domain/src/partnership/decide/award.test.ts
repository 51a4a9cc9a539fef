import { actors, command } from '../testing/commands';
import {
  AGREEMENT,
  endStandstill,
  LOT,
  P,
  PROCUREMENT,
  signContract,
  standstill,
  SUPPLIER,
  toAward,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';

const cleared = [...toAward, standstill(), endStandstill()];
const agreement = (overrides: Record<string, unknown> = {}) =>
  command('SignPartnershipAgreement', {
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
    ...overrides,
  });

describe('award and agreement', () => {
  it('signs the tier-1 agreement once, with derived end date and values', () => {
    givenHistory(cleared)
      .when(agreement())
      .thenMatches([
        {
          type: 'PartnershipAgreementSigned',
          data: { tier: 1, endsOn: '2029-06-30', maximumTermMonths: 48, regime: 'PA2023' },
        },
      ]);
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
      ]);
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
    givenHistory([...cleared, agreement(), proposed])
      .when(signContract({ contractId: 'm2', procurementId: undefined, lotId: undefined, expansionId: 'x' }))
      .thenFails('ExpansionNotApproved');
    const approved = command(
      'ApproveModuleExpansion',
      { partnershipId: P, expansionId: 'x', approvedOn: '2025-08-10' },
      actors.executive,
    );
    givenHistory([...cleared, agreement(), proposed, approved])
      .when(
        signContract({
          contractId: 'm2',
          procurementId: undefined,
          lotId: undefined,
          expansionId: 'x',
          signedOn: '2025-08-11',
          annualValuePence: 1_001,
        }),
      )
      .thenFails('ExceedsApprovedValue');
    const signed = givenHistory([...cleared, agreement(), proposed, approved])
      .when(
        signContract({
          contractId: 'm2',
          procurementId: undefined,
          lotId: undefined,
          expansionId: 'x',
          signedOn: '2025-08-11',
          annualValuePence: 1_000,
        }),
      )
      .thenMatches([
        {
          type: 'ServiceContractSigned',
          data: { agreementId: AGREEMENT, expansionId: 'x', procurementId: null },
        },
      ]);
    expect(signed.state.expansions['x']?.contractId).toBe('m2');
  });

  it('refuses the same contract id twice', () => {
    givenHistory([...cleared, signContract()])
      .when(signContract())
      .thenFails('AlreadyRecorded');
  });
});
