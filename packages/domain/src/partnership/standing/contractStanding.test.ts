import fc from 'fast-check';
import { createPartnershipDecider } from '../decide';
import { addDays } from '../dates';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { PartnershipCommand } from '../commands';
import { actors, command } from '@council-partnerships/testing';
import { CONTRACT, exerciseOption, P, toLive } from '../testing/fixtures';
import { expectTold, tell } from '../testing/story';
import { contractStandingOn, datedContract, hasEnded } from './contractStanding';

const decider = createPartnershipDecider(defaultCouncilPolicy);
const live = expectTold(tell(decider, toLive));

const standingAfter = (commands: readonly PartnershipCommand[], today: string) => {
  const story = tell(decider, commands, live);
  const contract = story.state.contracts[CONTRACT];
  if (contract === undefined) throw new Error('the contract was not signed');
  return { standing: contractStandingOn(datedContract(contract), today), contract };
};

const notice = (effectiveOn: string) =>
  command('GiveTerminationNotice', {
    partnershipId: P,
    contractId: CONTRACT,
    ground: 'annual-termination-clause',
    givenBy: 'council',
    noticeGivenOn: '2026-01-05',
    effectiveOn,
    reason: 'Service redesigned',
  });

describe('a contract’s standing on a day, from its dates as well as its events', () => {
  // Signed 13 June 2025 for three years from 1 July 2025: its last day is 30 June 2028.
  it('given a contract live from 1 July 2025, when read on its last day, then it is live', () => {
    expect(standingAfter([], '2028-06-30').standing).toBe('live');
  });

  it('given no expiry recorded, when read the day after its last day, then it has ended with the expiry not recorded', () => {
    expect(standingAfter([], '2028-07-01').standing).toBe('ended-expiry-not-recorded');
  });

  it('given its expiry recorded, when read after its last day, then it has expired', () => {
    const { contract } = standingAfter([], '2028-07-01');
    const recorded = { ...datedContract(contract), status: 'expired' as const, endedOn: '2028-06-30' };
    expect(contractStandingOn(recorded, '2028-07-01')).toBe('expired');
  });

  it('given an extension exercised, when read after the initial term, then it is live to the new end', () => {
    const extended = exerciseOption('2027-12-01');
    const { standing, contract } = standingAfter([extended], '2028-07-01');
    expect(contract.endsOn).toBe('2029-06-30');
    expect(standing).toBe('live');
  });

  it('given notice of termination, when read before it takes effect, then it is under notice; after, ended with the termination not recorded', () => {
    expect(standingAfter([notice('2026-07-01')], '2026-06-30').standing).toBe('under-notice');
    expect(standingAfter([notice('2026-07-01')], '2026-07-02').standing).toBe(
      'ended-termination-not-recorded',
    );
  });

  it('given a contract signed to start later, when read before it starts, then it is signed, not live', () => {
    const { state } = expectTold(tell(decider, toLive.slice(0, -1)));
    const contract = state.contracts[CONTRACT];
    expect(contract && contractStandingOn(datedContract(contract), '2025-06-20')).toBe('signed');
  });

  describe('over any history of extensions, modifications, notices and ends', () => {
    const anyDate = fc.integer({ min: 0, max: 6 * 366 }).map((days) => addDays('2025-07-01', days));
    const anyStep: fc.Arbitrary<PartnershipCommand> = fc.oneof(
      anyDate.map((exercisedOn) => exerciseOption(exercisedOn)),
      fc.tuple(anyDate, fc.integer({ min: -12, max: 12 }), fc.nat(99)).map(([agreedOn, months, n]) =>
        command('ModifyContract', {
          partnershipId: P,
          contractId: CONTRACT,
          modificationId: `m-${n}`,
          kind: 'term-and-value',
          description: 'Term changed',
          agreedOn,
          termChangeMonths: months,
          valueChangePence: 0,
        }),
      ),
      anyDate.map((effectiveOn) => notice(effectiveOn)),
      anyDate.map((expiredOn) =>
        command(
          'RecordContractExpiry',
          { partnershipId: P, contractId: CONTRACT, expiredOn },
          actors.contractManager,
        ),
      ),
    );

    it('a contract is never live, mobilising or under notice after its latest end date', () => {
      fc.assert(
        fc.property(
          fc.array(anyStep, { maxLength: 8 }),
          fc.integer({ min: 1, max: 4000 }),
          (steps, after) => {
            // Refused steps write nothing: keep what was accepted, one step at a time.
            let story = live;
            for (const step of steps) {
              const next = tell(decider, [step], story);
              if (next.refused === null) story = next;
            }
            const contract = story.state.contracts[CONTRACT];
            if (contract === undefined) return false;
            const latestEnd =
              contract.terminationNotice !== null && contract.terminationNotice.effectiveOn < contract.endsOn
                ? contract.terminationNotice.effectiveOn
                : contract.endsOn;
            return hasEnded(contractStandingOn(datedContract(contract), addDays(latestEnd, after)));
          },
        ),
      );
    });
  });
});
