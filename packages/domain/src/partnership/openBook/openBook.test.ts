import { actors, command } from '@council-partnerships/testing';
import {
  claimExpenditure,
  CONTRACT,
  P,
  toSigning,
  signContract,
  toLive,
  verifyClaim,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { deciderSpec } from '@council-partnerships/testing';
import { createPartnershipDecider } from '../decide';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { expectTold, tell } from '../testing/story';

describe('open book: one claim per contract and period', () => {
  const july = { periodStart: '2025-07-01', periodEnd: '2025-07-31' };

  it('refuses a second claim for a period already claimed, naming the earlier claim', () => {
    givenHistory([
      ...toLive,
      claimExpenditure('q1', 1_000_000, undefined, july),
      verifyClaim('q1', 1_000_000),
    ])
      .when(claimExpenditure('q1-again', 1_000_000, undefined, july))
      .thenFails('DuplicateClaim', {
        message:
          `one verified claim per contract and period: claim q1-again on ${CONTRACT} overlaps claim q1 ` +
          '(2025-07-01 to 2025-07-31, £10,000.00, verified at £10,000.00); correct claim q1 instead of claiming the period again',
        path: ['data', 'periodStart'],
        details: { earlierClaimId: 'q1', periodStart: '2025-07-01', periodEnd: '2025-07-31' },
      });
  });

  it('refuses a claim whose period overlaps another’s, and takes the next period', () => {
    const history = [...toLive, claimExpenditure('q1', 1_000_000, undefined, july)];
    givenHistory(history)
      .when(
        claimExpenditure('late-july', 1_000, undefined, {
          periodStart: '2025-07-15',
          periodEnd: '2025-07-31',
        }),
      )
      .thenFails('DuplicateClaim', { details: { earlierClaimId: 'q1' } });
    givenHistory(history)
      .when(
        claimExpenditure('august-1', 1_000, undefined, {
          periodStart: '2025-08-01',
          periodEnd: '2025-08-01',
        }),
      )
      .thenMatches([{ type: 'ExpenditureClaimed', data: { claimId: 'august-1' } }]);
  });

  it('refuses to verify a second claim for a period already verified in a history recorded before duplicates were refused', () => {
    const decider = createPartnershipDecider(defaultCouncilPolicy);
    const told = expectTold(
      tell(decider, [
        ...toLive,
        claimExpenditure('q1', 1_000_000, undefined, july),
        verifyClaim('q1', 1_000_000),
      ]),
    );
    const first = told.events.find((e) => e.type === 'ExpenditureClaimed');
    if (first?.type !== 'ExpenditureClaimed') throw new Error('the claim was not recorded');
    deciderSpec(decider)
      .given([...told.events, { ...first, data: { ...first.data, claimId: 'q1-again' } }])
      .when(verifyClaim('q1-again', 1_000_000))
      .thenFails('DuplicateClaim', { path: ['data', 'claimId'], details: { earlierClaimId: 'q1' } });
  });
});

describe('open book', () => {
  it('adds the margin to verified expenditure only, rounding as the contract says', () => {
    // 7.5% of £10,000.10 is £750.0075: half-even to the nearest penny gives £750.01
    givenHistory([...toLive, claimExpenditure('c1', 1_100_000)])
      .when(verifyClaim('c1', 1_000_010))
      .thenMatches([
        {
          type: 'ExpenditureVerified',
          data: {
            claimedPence: 1_100_000,
            verifiedPence: 1_000_010,
            disallowedPence: 99_990,
            marginBasisPoints: 750,
            rounding: 'half-even',
            marginPence: 75_001,
            payablePence: 1_075_011,
          },
        },
      ]);
  });

  it('never verifies more than was claimed, and verifies a claim once', () => {
    givenHistory([...toLive, claimExpenditure('c1', 1_000)])
      .when(verifyClaim('c1', 1_001))
      .thenFails('VerifiedExceedsClaimed');
    givenHistory([...toLive, claimExpenditure('c1', 1_000), verifyClaim('c1', 900)])
      .when(verifyClaim('c1', 900))
      .thenFails('ClaimAlreadyVerified');
    givenHistory(toLive).when(verifyClaim('c9', 1)).thenFails('UnknownClaim');
  });

  it('is verified by someone independent of the partner that claimed', () => {
    givenHistory([...toLive, claimExpenditure('c1', 1_000)])
      .when(
        verifyClaim('c1', 900, { id: 'partner-finance', role: 'finance-officer', organisation: 'partner' }),
      )
      .thenFails('SegregationOfDuties');
    givenHistory([...toLive, claimExpenditure('c1', 1_000)])
      .when(verifyClaim('c1', 900, { id: actors.partner.id, role: 'finance-officer' }))
      .thenFails('SegregationOfDuties');
    givenHistory([...toLive, claimExpenditure('c1', 1_000)])
      .when(verifyClaim('c1', 900, actors.partner))
      .thenFails('NotPermitted');
  });

  it('takes claims only on open-book contracts, with lines that add up', () => {
    const fixedPrice = [...toSigning, signContract({ openBook: undefined })];
    givenHistory(fixedPrice).when(claimExpenditure('c1', 1_000)).thenFails('NotOpenBook');
    givenHistory(toLive)
      .when(
        claimExpenditure('c1', 1_000, [
          { category: 'Staff', amountPence: 600 },
          { category: 'Venues', amountPence: 300 },
        ]),
      )
      .thenFails('ClaimLinesMismatch');
  });

  it('records external funding the partner secured', () => {
    givenHistory(toLive)
      .when(
        command(
          'RecordExternalFunding',
          {
            partnershipId: P,
            fundingId: 'f1',
            funder: 'Department for Education',
            programme: 'Holiday activities and food',
            amountPence: 80_000_000,
            securedOn: '2026-05-01',
            purpose: 'Summer programme',
          },
          actors.partner,
        ),
      )
      .thenMatches([
        {
          type: 'ExternalFundingSecured',
          data: { amountPence: 80_000_000, contractId: null, securedBy: { role: 'partner' } },
        },
      ]);
  });
});
