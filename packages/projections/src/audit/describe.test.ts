import { PartnershipEvent } from '@council-partnerships/domain';
import { pounds, summarise, typeInWords } from './describe';

describe('an audit entry in words', () => {
  it('shows a correction as such: what it corrects, the figures before and after, why and who', () => {
    const corrected: PartnershipEvent = {
      type: 'PerformanceReturnCorrected',
      data: {
        partnershipId: 'p',
        contractId: 'family-time',
        returnId: 'q1',
        correctionId: 'fix-q1',
        correctedOn: '2026-10-24',
        reason: 'cases closed in September were left out',
        correctedBy: { id: 'partner-ivy', role: 'partner' },
        previousMeasures: [{ kpiId: 'k1', actual: 7800, rag: 'red' }],
        measures: [{ kpiId: 'k1', actual: 8300, rag: 'amber' }],
        approvalWithdrawn: true,
      },
    };
    expect(summarise(corrected)).toBe(
      'Performance return corrected (contract family-time, return q1): correction fix-q1 by partner-ivy: ' +
        'k1 7800 (red) corrected to 8300 (amber); cases closed in September were left out; approval withdrawn',
    );
  });

  it('writes pounds with thousands grouped and pence', () => {
    expect([0, 5, 99_999, 123_456_789, 70_000_000_000, -150].map(pounds)).toEqual([
      '£0.00',
      '£0.05',
      '£999.99',
      '£1,234,567.89',
      '£700,000,000.00',
      '-£1.50',
    ]);
  });

  it('names the type, what it concerns and any headline figure', () => {
    expect(typeInWords('ServiceContractSigned')).toBe('Service contract signed');
    const verified = {
      type: 'ExpenditureVerified',
      data: {
        partnershipId: 'p',
        contractId: 'c-1',
        claimId: 'q1',
        verifiedPence: 1_250_000,
        payablePence: 1_350_000,
      },
    } as unknown as PartnershipEvent;
    expect(summarise(verified)).toBe(
      'Expenditure verified (contract c-1, claim q1): £12,500.00 verified, £13,500.00 payable',
    );
    const conceived = { type: 'PartnershipConceived', data: { partnershipId: 'p', title: 'Family hubs' } };
    expect(summarise(conceived as unknown as PartnershipEvent)).toBe('Partnership conceived: Family hubs');
    const live = { type: 'ServiceWentLive', data: { partnershipId: 'p', contractId: 'c-1' } };
    expect(summarise(live as unknown as PartnershipEvent)).toBe('Service went live (contract c-1)');
  });

  it('says which decision approved each commissioner’s share, with the commissioner and the amount', () => {
    const shareApprovals = [
      { commissionerId: 'neighbour', governanceDecisionId: 'neighbour-exec', sharePence: 320_000_000 },
      { commissionerId: 'icb', governanceDecisionId: 'icb-board-7', sharePence: 80_000_000 },
    ];
    const signed = {
      type: 'ServiceContractSigned',
      data: {
        partnershipId: 'p',
        contractId: 'c-1',
        title: 'Family support',
        annualValuePence: 200_000_000,
        startsOn: '2025-07-01',
        shareApprovals,
      },
    } as unknown as PartnershipEvent;
    expect(summarise(signed)).toBe(
      'Service contract signed (contract c-1): Family support, £2,000,000.00 a year from 2025-07-01; ' +
        "commissioner neighbour's share of £3,200,000.00 approved by decision neighbour-exec; " +
        "commissioner icb's share of £800,000.00 approved by decision icb-board-7",
    );
    const extended = {
      type: 'ExtensionOptionExercised',
      data: {
        partnershipId: 'p',
        contractId: 'c-1',
        optionNumber: 1,
        newEndsOn: '2029-06-30',
        shareApprovals: shareApprovals.slice(0, 1),
      },
    } as unknown as PartnershipEvent;
    expect(summarise(extended)).toBe(
      'Extension option exercised (contract c-1): option 1 to 2029-06-30; ' +
        "commissioner neighbour's share of £3,200,000.00 approved by decision neighbour-exec",
    );
    const modified = {
      type: 'ContractModified',
      data: {
        partnershipId: 'p',
        contractId: 'c-1',
        modificationId: 'm1',
        description: 'More family support',
        classification: { category: 'permitted' },
        shareApprovals: shareApprovals.slice(1),
      },
    } as unknown as PartnershipEvent;
    expect(summarise(modified)).toBe(
      'Contract modified (contract c-1, modification m1): More family support (permitted); ' +
        "commissioner icb's share of £800,000.00 approved by decision icb-board-7",
    );
  });

  it('describes an event no share approval was needed for as before', () => {
    const extended = {
      type: 'ExtensionOptionExercised',
      data: { partnershipId: 'p', contractId: 'c-1', optionNumber: 1, newEndsOn: '2029-06-30' },
    } as unknown as PartnershipEvent;
    expect(summarise(extended)).toBe('Extension option exercised (contract c-1)');
  });
});
