import { actors, command } from '@council-partnerships/testing';
import {
  CONTRACT,
  endStandstill,
  exerciseOption,
  P,
  signContract,
  standstill,
  toAward,
  toLive,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';

const notice = (
  overrides: Record<string, unknown> = {},
  actor: { id: string; role: string; organisation?: string } = actors.officer,
) =>
  command(
    'GiveTerminationNotice',
    {
      partnershipId: P,
      contractId: CONTRACT,
      ground: 'annual-termination-clause',
      givenBy: 'council',
      noticeGivenOn: '2026-03-01',
      effectiveOn: '2026-07-01',
      reason: 'Service redesigned',
      ...overrides,
    } as never,
    actor,
  );
const finalReview = (decision: 'continue' | 'terminate', finalAssessment: boolean, reviewId = 'r-final') =>
  command(
    'RecordPerformanceReview',
    {
      partnershipId: P,
      contractId: CONTRACT,
      reviewId,
      reviewedOn: '2026-02-01',
      periodStart: '2025-07-01',
      periodEnd: '2026-01-31',
      rating: decision === 'terminate' ? 'inadequate' : 'good',
      rag: decision === 'terminate' ? 'red' : 'green',
      decision,
      finalAssessment,
      kpiAssessments: ['k1', 'k2', 'k3'].map((kpiId) => ({ kpiId, rating: 'good', rag: 'green' })),
    },
    actors.contractManager,
  );
const terminate = (terminatedOn: string) =>
  command(
    'RecordTermination',
    { partnershipId: P, contractId: CONTRACT, terminatedOn },
    actors.contractManager,
  );
const expire = (expiredOn: string) =>
  command(
    'RecordContractExpiry',
    { partnershipId: P, contractId: CONTRACT, expiredOn },
    actors.contractManager,
  );

describe('end', () => {
  describe('expiry', () => {
    it('expires at the end of the term, not before', () => {
      const refusal = givenHistory(toLive).when(expire('2028-06-29')).thenFails('NotYetExpired');
      expect(refusal.message).toContain('1 extension option(s) remain: 12 months');
    });

    it('needs the final KPI assessment for a contract with PA 2023 KPI duties', () => {
      givenHistory(toLive).when(expire('2028-06-30')).thenFails('FinalAssessmentRequired');
      givenHistory([...toLive, finalReview('continue', true)])
        .when(expire('2028-06-30'))
        .thenMatches([{ type: 'ContractExpired', data: { expiredOn: '2028-06-30' } }]);
    });

    it('ends everything: nothing more can be done under an expired contract', () => {
      givenHistory([...toLive, finalReview('continue', true), expire('2028-06-30')])
        .when(expire('2028-07-01'))
        .thenFails('ContractNotActive');
    });
  });

  describe('the annual termination clause', () => {
    it('ends the contract on an anniversary after the notice period', () => {
      givenHistory(toLive)
        .when(notice())
        .thenMatches([{ type: 'TerminationNoticeGiven', data: { effectiveOn: '2026-07-01' } }]);
      givenHistory(toLive)
        .when(notice({ effectiveOn: '2026-06-30' }))
        .thenFails('NotAnAnniversary');
      givenHistory(toLive)
        .when(notice({ noticeGivenOn: '2026-04-02' }))
        .thenFails('NoticeTooShort', { details: { earliestEffectiveOn: '2027-07-01' } });
    });

    it('is used only by the parties it names, and only where the contract has one', () => {
      givenHistory(toLive)
        .when(notice({ givenBy: 'partner' }, actors.partner))
        .thenFails('NotPermitted');
      givenHistory(toLive)
        .when(notice({ givenBy: 'partner' }))
        .thenFails('NotPermitted');
      const noClause = [
        ...toAward,
        standstill(),
        endStandstill(),
        signContract({ annualValuePence: 125_000_000, annualTerminationClause: undefined }),
        command(
          'GoLive',
          { partnershipId: P, contractId: CONTRACT, liveOn: '2025-07-01' },
          actors.contractManager,
        ),
      ];
      givenHistory(noClause).when(notice()).thenFails('NoAnnualTerminationClause');
    });

    it('takes effect on the effective date, once, after the final assessment', () => {
      givenHistory([...toLive, notice()])
        .when(notice())
        .thenFails('TerminationAlreadyNoticed');
      givenHistory([...toLive, notice(), finalReview('continue', true)])
        .when(terminate('2026-06-30'))
        .thenFails('TerminationNotYetEffective');
      givenHistory([...toLive, notice()])
        .when(terminate('2026-07-01'))
        .thenFails('FinalAssessmentRequired');
      givenHistory([...toLive, notice(), finalReview('continue', true)])
        .when(terminate('2026-07-01'))
        .thenMatches([
          {
            type: 'ContractTerminated',
            data: { ground: 'annual-termination-clause', terminatedOn: '2026-07-01' },
          },
        ]);
      givenHistory(toLive).when(terminate('2026-07-01')).thenFails('NoTerminationNotice');
    });

    it('cannot extend a contract under notice', () => {
      givenHistory([...toLive, notice()])
        .when(exerciseOption('2026-04-01'))
        .thenFails('TerminationAlreadyNoticed');
    });
  });

  describe('termination for performance', () => {
    it('follows a review that decided to terminate', () => {
      givenHistory(toLive)
        .when(notice({ ground: 'performance', effectiveOn: '2026-04-01' }))
        .thenFails('TerminationNotDecided');
      givenHistory([...toLive, finalReview('continue', false, 'r-1')])
        .when(notice({ ground: 'performance', effectiveOn: '2026-04-01', reviewId: 'r-1' }))
        .thenFails('TerminationNotDecided');
      givenHistory([...toLive, finalReview('terminate', true, 'r-1')])
        .when(notice({ ground: 'performance', effectiveOn: '2026-04-01', reviewId: 'r-1' }))
        .thenMatches([{ type: 'TerminationNoticeGiven', data: { ground: 'performance', reviewId: 'r-1' } }]);
    });
  });
});
