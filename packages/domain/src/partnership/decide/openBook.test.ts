import { actors, command } from '../testing/commands';
import { CONTRACT, endStandstill, P, signContract, standstill, toAward, toLive } from '../testing/fixtures';
import { givenHistory } from '../testing/spec';

const claim = (claimId: string, claimedPence: number, lines?: { category: string; amountPence: number }[]) =>
  command(
    'ClaimExpenditure',
    {
      partnershipId: P,
      contractId: CONTRACT,
      claimId,
      periodStart: '2025-07-01',
      periodEnd: '2025-07-31',
      claimedOn: '2025-08-05',
      claimedPence,
      ...(lines === undefined ? {} : { lines }),
    },
    actors.partner,
  );
const verify = (
  claimId: string,
  verifiedPence: number,
  actor: { id: string; role: string; organisation?: string } = actors.finance,
) =>
  command(
    'VerifyExpenditure',
    { partnershipId: P, contractId: CONTRACT, claimId, verifiedOn: '2025-08-20', verifiedPence },
    actor,
  );

describe('open book', () => {
  it('adds the margin to verified expenditure only, rounding as the contract says', () => {
    // 7.5% of £10,000.10 is £750.0075: half-even to the nearest penny gives £750.01
    givenHistory([...toLive, claim('c1', 1_100_000)])
      .when(verify('c1', 1_000_010))
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
    givenHistory([...toLive, claim('c1', 1_000)])
      .when(verify('c1', 1_001))
      .thenFails('VerifiedExceedsClaimed');
    givenHistory([...toLive, claim('c1', 1_000), verify('c1', 900)])
      .when(verify('c1', 900))
      .thenFails('ClaimAlreadyVerified');
    givenHistory(toLive).when(verify('c9', 1)).thenFails('UnknownClaim');
  });

  it('is verified by someone independent of the partner that claimed', () => {
    givenHistory([...toLive, claim('c1', 1_000)])
      .when(verify('c1', 900, { id: 'partner-finance', role: 'finance-officer', organisation: 'partner' }))
      .thenFails('SegregationOfDuties');
    givenHistory([...toLive, claim('c1', 1_000)])
      .when(verify('c1', 900, { id: actors.partner.id, role: 'finance-officer' }))
      .thenFails('SegregationOfDuties');
    givenHistory([...toLive, claim('c1', 1_000)])
      .when(verify('c1', 900, actors.partner))
      .thenFails('NotPermitted');
  });

  it('takes claims only on open-book contracts, with lines that add up', () => {
    const fixedPrice = [...toAward, standstill(), endStandstill(), signContract({ openBook: undefined })];
    givenHistory(fixedPrice).when(claim('c1', 1_000)).thenFails('NotOpenBook');
    givenHistory(toLive)
      .when(
        claim('c1', 1_000, [
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
