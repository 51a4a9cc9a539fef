import { PartnershipCommand } from '../commands';
import { actors, command } from '@council-partnerships/testing';
import {
  CONTRACT,
  conceive,
  exerciseOption,
  goLive,
  kpisSetAtSigning,
  neighbourJoins as neighbour,
  P,
  signContract,
  toSigning,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { CouncilPolicy, defaultCouncilPolicy } from './councilPolicy';
import { valueOfShares } from './shareApprovals';

/**
 * A collaborative contract led by 'council' (A Council, the library's default scheme: Executive over
 * £150k) and funded 60/40 with 'neighbour' (Neighbour Council), whose own scheme of delegation asks
 * its Executive to approve contracts over £150k. The contract signed is worth £8m with its option
 * (£2m a year for 3 years and one 1-year option), so the neighbour's 40% share is £3.2m.
 */
const [conceived, ...rest] = toSigning;
const ready: PartnershipCommand[] = [conceived ?? conceive(), neighbour, ...rest];

const decisionOf = (
  decisionId: string,
  overrides: Partial<{
    commissionerId: string;
    decisionMaker: 'executive' | 'officer';
    subject: 'procurement-approach' | 'award' | 'extension' | 'modification';
    decidedOn: string;
    approvedValuePence: number;
    outcome: 'approved' | 'rejected';
  }> = {},
): PartnershipCommand =>
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId,
      decisionMaker: 'executive',
      body: 'Neighbour Council Executive',
      subject: 'procurement-approach',
      outcome: 'approved',
      decidedOn: '2025-03-10',
      summary: 'Join the collaborative procurement led by A Council and fund 40% of it',
      commissionerId: 'neighbour',
      approvedValuePence: 320_000_000,
      ...overrides,
    },
    actors.executive,
  );

const neighbourScheme: CouncilPolicy = {
  ...defaultCouncilPolicy,
  councilName: 'A Council',
  schemesOfDelegation: new Map([
    [
      'neighbour',
      {
        councilName: 'Neighbour Council',
        approvalThresholds: [
          {
            subjects: ['launch-procurement', 'award'],
            abovePence: 15_000_000,
            approvers: ['executive', 'full-council'],
            description: 'Executive approves contracts over £150k',
          },
        ],
      },
    ],
  ]),
};

const shared = (neighbourBasisPoints = 4_000) => [
  { commissionerId: 'council', shareBasisPoints: 10_000 - neighbourBasisPoints },
  { commissionerId: 'neighbour', shareBasisPoints: neighbourBasisPoints },
];
const signedWith = (approvals?: { commissionerId: string; governanceDecisionId: string }[]) =>
  signContract({
    fundingShares: shared(),
    ...(approvals === undefined ? {} : { shareApprovals: approvals }),
  });
const agreementSigned = (approvals?: { commissionerId: string; governanceDecisionId: string }[]) =>
  command(
    'SignPartnershipAgreement',
    {
      partnershipId: P,
      agreementId: 'spec-agreement',
      kind: 'partnership-agreement',
      title: 'Partnership agreement',
      partnerId: 'partner-org',
      partnerName: 'Partner Organisation',
      procurementId: 'spec-procurement',
      lotId: 'lot-1',
      signedOn: '2025-06-13',
      startsOn: '2025-07-01',
      initialTerm: { years: 4, months: 0 },
      annualValuePence: 100_000_000,
      fundingShares: shared(),
      ...(approvals === undefined ? {} : { shareApprovals: approvals }),
    },
    actors.legal,
  );
const neighbours = (governanceDecisionId: string) => [{ commissionerId: 'neighbour', governanceDecisionId }];

describe('each commissioner approves its own share under its own scheme of delegation', () => {
  it('given the neighbour’s own £150k rule, when the contract is signed without the neighbour’s decision for its £3.2m share, then it is refused naming the neighbour’s rule and its share', () => {
    const refusal = givenHistory(ready, neighbourScheme)
      .when(signedWith())
      .thenFails('ApprovalRequired', { path: ['data', 'shareApprovals'] });
    expect(refusal.message).toContain(
      "Neighbour Council's share (40.00%) of contract spec-contract is worth £3,200,000.00, above £150,000.00",
    );
    expect(refusal.message).toContain(
      "Neighbour Council's scheme of delegation: Executive approves contracts over £150k",
    );
    expect(refusal.message).toContain('name it in shareApprovals');
    expect(refusal.details).toMatchObject({ governedBy: 'neighbour', valuePence: 320_000_000 });
  });

  it('given the neighbour’s Executive approved joining the procurement for its share, when the contract is signed naming it, then it is signed', () => {
    givenHistory([...ready, decisionOf('neighbour-exec')], neighbourScheme)
      .when(signedWith(neighbours('neighbour-exec')))
      .thenMatches([
        { type: 'ServiceContractSigned', data: { fundingShares: shared() } },
        ...kpisSetAtSigning,
      ]);
  });

  it('when the neighbour’s share is approved with the lead’s Executive decision, then it is refused: the lead’s bodies do not approve the neighbour’s share', () => {
    const refusal = givenHistory(ready, neighbourScheme)
      .when(signedWith(neighbours('award-ok')))
      .thenFails('ApprovalRequired', { path: ['data', 'shareApprovals', '0', 'governanceDecisionId'] });
    expect(refusal.message).toContain(
      'decision award-ok was taken by A Council, whose scheme of delegation does not govern this step',
    );
  });

  it.each([
    ['an officer took it', { decisionMaker: 'officer' as const }, 'was taken by officer'],
    [
      'it approved £3m, less than the share',
      { approvedValuePence: 300_000_000 },
      'approved only £3,000,000.00',
    ],
    ['it was taken after the signing', { decidedOn: '2025-06-20' }, 'after 2025-06-13'],
    ['it was rejected', { outcome: 'rejected' as const }, 'was rejected, not approved'],
    ['it approved an extension', { subject: 'extension' as const }, 'approved extension, not award'],
  ])('when the neighbour’s decision is named but %s, then it is refused saying so', (_why, change, says) => {
    const refusal = givenHistory([...ready, decisionOf('neighbour-exec', change)], neighbourScheme)
      .when(signedWith(neighbours('neighbour-exec')))
      .thenFails('ApprovalRequired');
    expect(refusal.message).toContain(says);
  });

  it('when the named decision was never recorded, then it is refused as unknown', () => {
    givenHistory(ready, neighbourScheme)
      .when(signedWith(neighbours('no-such-decision')))
      .thenFails('UnknownDecision', { path: ['data', 'shareApprovals', '0', 'governanceDecisionId'] });
  });

  it('given the neighbour’s share is 1% (£80,000, not above £150k), when signed without its decision, then it is signed', () => {
    givenHistory(ready, neighbourScheme)
      .when(signContract({ fundingShares: shared(100) }))
      .thenMatches([{ type: 'ServiceContractSigned' }, ...kpisSetAtSigning]);
  });

  it('given no scheme of the neighbour’s own, when signed without its decision, then it is governed as before: by the lead’s award', () => {
    givenHistory(ready)
      .when(signedWith())
      .thenMatches([{ type: 'ServiceContractSigned' }, ...kpisSetAtSigning]);
  });

  it('given a lead with a scheme of its own, when signed, then the lead’s share needs nothing more than the award its scheme approved', () => {
    const leadToo: CouncilPolicy = {
      ...neighbourScheme,
      schemesOfDelegation: new Map([
        ...(neighbourScheme.schemesOfDelegation ?? new Map()),
        [
          'council',
          { councilName: 'A Council', approvalThresholds: defaultCouncilPolicy.approvalThresholds },
        ],
      ]),
    };
    givenHistory([...ready, decisionOf('neighbour-exec')], leadToo)
      .when(signedWith(neighbours('neighbour-exec')))
      .thenMatches([{ type: 'ServiceContractSigned' }, ...kpisSetAtSigning]);
  });

  it('when shareApprovals names a commissioner that funds none of the contract, or one twice, then it is refused', () => {
    givenHistory([...ready, decisionOf('neighbour-exec')], neighbourScheme)
      .when(signContract({ shareApprovals: neighbours('neighbour-exec') }))
      .thenFails('FundingSharesInvalid', { path: ['data', 'shareApprovals', '0', 'commissionerId'] });
    givenHistory([...ready, decisionOf('neighbour-exec')], neighbourScheme)
      .when(signedWith([...neighbours('neighbour-exec'), ...neighbours('neighbour-exec')]))
      .thenFails('FundingSharesInvalid', { path: ['data', 'shareApprovals', '1', 'commissionerId'] });
  });

  it('when a partnership agreement is signed with shares, then each share of its value is held to its own scheme too', () => {
    givenHistory(ready, neighbourScheme)
      .when(agreementSigned())
      .thenFails('ApprovalRequired', { path: ['data', 'shareApprovals'] });
  });
});

/** The neighbour's scheme also asks its Executive to approve extensions and modifications over £150k. */
const alsoChanges: CouncilPolicy = {
  ...neighbourScheme,
  schemesOfDelegation: new Map([
    [
      'neighbour',
      {
        councilName: 'Neighbour Council',
        approvalThresholds: [
          ...(neighbourScheme.schemesOfDelegation?.get('neighbour')?.approvalThresholds ?? []),
          {
            subjects: ['extension', 'modification'],
            abovePence: 15_000_000,
            approvers: ['executive'],
            description: 'Executive approves extensions and variations over £150k',
          },
        ],
      },
    ],
  ]),
};
const live = [...ready, decisionOf('neighbour-exec'), signedWith(neighbours('neighbour-exec')), goLive()];
const extend = (approvals?: { commissionerId: string; governanceDecisionId: string }[]) =>
  exerciseOption('2028-01-10', approvals === undefined ? {} : { shareApprovals: approvals });
const modify = (
  valueChangePence: number,
  approvals?: { commissionerId: string; governanceDecisionId: string }[],
) =>
  command('ModifyContract', {
    partnershipId: P,
    contractId: CONTRACT,
    modificationId: 'm1',
    kind: 'value',
    description: 'More family support in the north of the area',
    agreedOn: '2026-01-15',
    termChangeMonths: 0,
    valueChangePence,
    permittedGround: 'pa2023-sch8-unforeseeable-circumstances',
    ...(approvals === undefined ? {} : { shareApprovals: approvals }),
  });

/** Live, with the neighbour's Executive approving its £800,000 share of the £2m option. */
const withExtensionDecision = [
  ...live,
  decisionOf('neighbour-extension', {
    subject: 'extension',
    decidedOn: '2028-01-05',
    approvedValuePence: 80_000_000,
  }),
];

describe('what an extension or a modification raises is approved share by share too', () => {
  it('given the neighbour’s rule for extensions, when the £2m option is exercised without its decision for its £800,000 share, then it is refused; with it, extended', () => {
    const refusal = givenHistory(live, alsoChanges)
      .when(extend())
      .thenFails('ApprovalRequired', { path: ['data', 'shareApprovals'] });
    expect(refusal.message).toContain(
      "Neighbour Council's share (40.00%) of extending spec-contract by 12 months is worth £800,000.00",
    );
    givenHistory(withExtensionDecision, alsoChanges)
      .when(extend(neighbours('neighbour-extension')))
      .thenMatches([{ type: 'ExtensionOptionExercised' }]);
  });

  it('given the neighbour’s rule for variations, when £625,000 is added without its decision for its £250,000 share, then it is refused; a reduction needs none', () => {
    const refusal = givenHistory(live, alsoChanges)
      .when(modify(62_500_000))
      .thenFails('ApprovalRequired', { path: ['data', 'shareApprovals'] });
    expect(refusal.details).toMatchObject({ governedBy: 'neighbour', valuePence: 25_000_000 });
    givenHistory(
      [...live, decisionOf('neighbour-variation', { subject: 'modification', decidedOn: '2026-01-10' })],
      alsoChanges,
    )
      .when(modify(62_500_000, neighbours('neighbour-variation')))
      .thenMatches([{ type: 'ContractModified' }]);
    givenHistory(live, alsoChanges)
      .when(modify(-62_500_000))
      .thenMatches([{ type: 'ContractModified' }]);
  });

  it('given the neighbour’s scheme says nothing of extensions, when the option is exercised, then it is governed as before', () => {
    givenHistory(live, neighbourScheme)
      .when(extend())
      .thenMatches([{ type: 'ExtensionOptionExercised' }]);
  });
});

describe('the event records which decision approved each commissioner’s share', () => {
  it('given the neighbour’s Executive approved its share, when the contract is signed naming it, then the signed event records the neighbour, its decision and its £3.2m share', () => {
    givenHistory([...ready, decisionOf('neighbour-exec')], neighbourScheme)
      .when(signedWith(neighbours('neighbour-exec')))
      .thenMatches([
        {
          type: 'ServiceContractSigned',
          data: {
            shareApprovals: [
              {
                commissionerId: 'neighbour',
                governanceDecisionId: 'neighbour-exec',
                sharePence: 320_000_000,
              },
            ],
          },
        },
        ...kpisSetAtSigning,
      ]);
  });

  it('when a partnership agreement is signed with the neighbour’s £1.6m share approved, then the agreement’s event records it', () => {
    givenHistory([...ready, decisionOf('neighbour-exec')], neighbourScheme)
      .when(agreementSigned(neighbours('neighbour-exec')))
      .thenMatches([
        {
          type: 'PartnershipAgreementSigned',
          data: {
            shareApprovals: [
              {
                commissionerId: 'neighbour',
                governanceDecisionId: 'neighbour-exec',
                sharePence: 160_000_000,
              },
            ],
          },
        },
      ]);
  });

  it('given the neighbour’s share is 1% (£80,000, not above £150k), when signed naming a decision anyway, then the event records no share approval: none was needed', () => {
    const { events } = givenHistory([...ready, decisionOf('neighbour-exec')], neighbourScheme)
      .when(signContract({ fundingShares: shared(100), shareApprovals: neighbours('neighbour-exec') }))
      .thenMatches([{ type: 'ServiceContractSigned' }, ...kpisSetAtSigning]);
    expect(events[0]?.data).not.toHaveProperty('shareApprovals');
  });

  it('given no scheme of the neighbour’s own, when signed, then the event records no share approval: the lead’s award governs', () => {
    const { events } = givenHistory(ready)
      .when(signedWith())
      .thenMatches([{ type: 'ServiceContractSigned' }, ...kpisSetAtSigning]);
    expect(events[0]?.data).not.toHaveProperty('shareApprovals');
  });

  it('when the option is exercised with the neighbour’s extension decision, then ExtensionOptionExercised records it with the £800,000 share beside the lead’s own decision', () => {
    givenHistory(withExtensionDecision, alsoChanges)
      .when(extend(neighbours('neighbour-extension')))
      .thenMatches([
        {
          type: 'ExtensionOptionExercised',
          data: {
            shareApprovals: [
              {
                commissionerId: 'neighbour',
                governanceDecisionId: 'neighbour-extension',
                sharePence: 80_000_000,
              },
            ],
          },
        },
      ]);
  });

  it('when £625,000 is added with the neighbour’s variation decision, then ContractModified records its £250,000 share; a reduction records none', () => {
    givenHistory(
      [...live, decisionOf('neighbour-variation', { subject: 'modification', decidedOn: '2026-01-10' })],
      alsoChanges,
    )
      .when(modify(62_500_000, neighbours('neighbour-variation')))
      .thenMatches([
        {
          type: 'ContractModified',
          data: {
            shareApprovals: [
              {
                commissionerId: 'neighbour',
                governanceDecisionId: 'neighbour-variation',
                sharePence: 25_000_000,
              },
            ],
          },
        },
      ]);
    const { events } = givenHistory(live, alsoChanges)
      .when(modify(-62_500_000))
      .thenMatches([{ type: 'ContractModified' }]);
    expect(events[0]?.data).not.toHaveProperty('shareApprovals');
  });
});

describe('a value split between funding shares', () => {
  it('rounds each share down and gives the pence left over to the largest remainders, ties to the first listed', () => {
    const thirds = [
      { commissionerId: 'a', shareBasisPoints: 3_333 },
      { commissionerId: 'b', shareBasisPoints: 3_333 },
      { commissionerId: 'c', shareBasisPoints: 3_334 },
    ];
    // 100p: 33.33p, 33.33p, 33.34p round down to 33p each, and the penny left goes to c's .34.
    expect(valueOfShares(100, thirds)).toEqual({ _tag: 'Right', right: [33, 33, 34] });
    // 1p: 0.3333p, 0.3333p, 0.3334p: the penny goes to c.
    expect(valueOfShares(1, thirds)).toEqual({ _tag: 'Right', right: [0, 0, 1] });
  });
});
