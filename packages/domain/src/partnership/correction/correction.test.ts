import fc from 'fast-check';
import { createPartnershipDecider } from '../decide';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { actors, command } from '@council-partnerships/testing';
import {
  approveReturn,
  claimExpenditure,
  CONTRACT,
  P,
  submitReturn,
  toLive,
  verifyClaim,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { expectTold, tell } from '../testing/story';

/** A return with k1 at `actual` and k2 on its 80% target. */
const submit = (returnId: string, actual: number) =>
  submitReturn(returnId, [
    { kpiId: 'k1', actual },
    { kpiId: 'k2', actual: 8000 },
  ]);
const correctReturn = (
  correctionId: string,
  actual: number,
  actor: { id: string; role: string; organisation?: string } = actors.partner,
  correctedOn = '2025-10-24',
) =>
  command(
    'CorrectPerformanceReturn',
    {
      partnershipId: P,
      contractId: CONTRACT,
      returnId: 'q1',
      correctionId,
      correctedOn,
      reason: 'cases closed in September were left out of the count',
      measures: [{ kpiId: 'k1', actual }],
    },
    actor,
  );
const claim = claimExpenditure('july', 1_000_000);
const correctClaim = (
  claimedPence: number,
  actor: { id: string; role: string; organisation?: string } = actors.partner,
) =>
  command(
    'CorrectExpenditureClaim',
    {
      partnershipId: P,
      contractId: CONTRACT,
      claimId: 'july',
      correctionId: 'fix-july',
      correctedOn: '2025-08-07',
      reason: 'an invoice for June was included',
      claimedPence,
    },
    actor,
  );
const verify = (verifiedPence: number, actor = actors.finance) => verifyClaim('july', verifiedPence, actor);

// KPI target 80% (8000 bps), green on target, amber within 10% of it: 70% is red, 83% green.
describe('correcting a performance return', () => {
  it('records a correction that names the return, the reason and who made it, the RAG worked out again', () => {
    givenHistory([...toLive, submit('q1', 7000)])
      .when(correctReturn('fix-q1', 8300))
      .thenMatches([
        {
          type: 'PerformanceReturnCorrected',
          data: {
            returnId: 'q1',
            correctionId: 'fix-q1',
            reason: 'cases closed in September were left out of the count',
            correctedBy: { id: actors.partner.id },
            previousMeasures: [
              { kpiId: 'k1', actual: 7000, rag: 'red' },
              { kpiId: 'k2', actual: 8000, rag: 'green' },
            ],
            measures: [
              { kpiId: 'k1', actual: 8300, rag: 'green' },
              { kpiId: 'k2', actual: 8000, rag: 'green' },
            ],
            approvalWithdrawn: false,
          },
        },
      ]);
  });

  it('withdraws an approval given before the correction: the corrected return is approved anew, by someone who neither submitted nor corrected it', () => {
    const approved = [...toLive, submit('q1', 7000), approveReturn('q1', actors.contractManager)];
    givenHistory(approved)
      .when(correctReturn('fix-q1', 8300, actors.contractManager))
      .thenMatches([{ type: 'PerformanceReturnCorrected', data: { approvalWithdrawn: true } }]);
    const corrected = [...approved, correctReturn('fix-q1', 8300, actors.contractManager)];
    givenHistory(corrected)
      .when(approveReturn('q1', actors.contractManager))
      .thenFails('SegregationOfDuties', { details: { makerId: actors.contractManager.id } });
    givenHistory(corrected)
      .when(approveReturn('q1', { id: 'officer-max', role: 'contract-manager', organisation: 'council' }))
      .thenMatches([{ type: 'PerformanceReturnApproved' }]);
  });

  it('refuses a correction of nothing recorded, one that changes nothing, one dated before the return, and a reused id', () => {
    givenHistory(toLive).when(correctReturn('fix-q1', 8300)).thenFails('UnknownReturn');
    givenHistory([...toLive, submit('q1', 7000)])
      .when(correctReturn('fix-q1', 7000))
      .thenFails('CorrectionChangesNothing');
    givenHistory([...toLive, submit('q1', 7000)])
      .when(correctReturn('fix-q1', 8300, actors.partner, '2025-10-09'))
      .thenFails('DatesOutOfOrder');
    givenHistory([...toLive, submit('q1', 7000), correctReturn('fix-q1', 8300)])
      .when(correctReturn('fix-q1', 8400))
      .thenFails('AlreadyRecorded');
  });

  it('is never made by an auditor', () => {
    givenHistory([...toLive, submit('q1', 7000)])
      .when(correctReturn('fix-q1', 8300, actors.auditor))
      .thenFails('NotPermitted');
  });
});

describe('correcting a claim awaiting verification', () => {
  it('records the amount before and after, and verification then checks the corrected amount', () => {
    givenHistory([...toLive, claim])
      .when(correctClaim(900_000))
      .thenMatches([
        {
          type: 'ExpenditureClaimCorrected',
          data: { claimId: 'july', previousClaimedPence: 1_000_000, claimedPence: 900_000 },
        },
      ]);
    givenHistory([...toLive, claim, correctClaim(900_000)])
      .when(verify(950_000))
      .thenFails('VerifiedExceedsClaimed');
  });

  it('refuses to correct a verified claim, and the corrector may not verify', () => {
    givenHistory([...toLive, claim, verify(1_000_000)])
      .when(correctClaim(900_000))
      .thenFails('ClaimAlreadyVerified');
    givenHistory([...toLive, claim, correctClaim(900_000, actors.finance)])
      .when(verify(900_000))
      .thenFails('SegregationOfDuties');
  });
});

describe('corrections over any sequence', () => {
  it('never change what was known before they were recorded, and the latest correction is what stands', () => {
    const decider = createPartnershipDecider(defaultCouncilPolicy);
    const submitted = expectTold(tell(decider, [...toLive, submit('q1', 7000)]));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 6 }),
        (actuals) => {
          let story = submitted;
          let known = 7000;
          for (const [i, actual] of actuals.entries()) {
            const before = story.state;
            const next = tell(decider, [correctReturn(`fix-${i}`, actual)], story);
            // The state folded before the correction is untouched by it.
            expect(before).toEqual(tell(decider, [], story).state);
            if (actual === known) expect(next.refused?.error.code).toBe('CorrectionChangesNothing');
            else {
              expect(next.refused).toBeNull();
              known = actual;
            }
            story = { ...next, refused: null };
          }
          // Every recorded fact before a correction is still there, as recorded.
          expect(story.events.slice(0, submitted.events.length)).toEqual(submitted.events);
          expect(story.state.contracts[CONTRACT]?.returns['q1']?.measures[0]?.actual).toBe(known);
        },
      ),
      { numRuns: 50 },
    );
  });
});
