import { actors, command } from '@council-partnerships/testing';
import {
  approval,
  award,
  conceive,
  evaluate,
  launch,
  P,
  PROCUREMENT,
  SUPPLIER,
  tender,
  toAward,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { dialogueRound, inviteFinalTenders, launchedAs, shortlist } from '../testing/procurementStages';

const launched = launchedAs('open');
const dialogue = launchedAs('competitive-flexible');
const shortlisted = shortlist();
const round = dialogueRound;
const invite = inviteFinalTenders('2025-05-12', '2025-05-30');

describe('procurement', () => {
  describe('regimes and procedures', () => {
    it('launches under PA 2023 on or after 24 February 2025, with the decision the threshold needs', () => {
      givenHistory(launched.slice(0, 2))
        .when(launch())
        .thenMatches([{ type: 'ProcurementLaunched', data: { regime: 'PA2023', procedure: 'open' } }]);
    });

    it('refuses PA 2023 for a procurement begun before 24 February 2025', () => {
      const refusal = givenHistory([
        conceive('2024-01-01'),
        approval('launch-ok', 'launch-procurement', '2024-01-02'),
      ])
        .when(launch({ launchedOn: '2025-02-23' }))
        .thenFails('RegimeNotInForce');
      expect(refusal.message).toContain('2025-02-24');
    });

    it('refuses a PCR 2015 procedure begun on or after 24 February 2025', () => {
      givenHistory(launched.slice(0, 2))
        .when(launch({ regime: 'PCR2015', procedure: 'competitive-dialogue' }))
        .thenFails('RegimeNotInForce');
    });

    it('refuses a procedure the regime does not have', () => {
      givenHistory(launched.slice(0, 2))
        .when(launch({ procedure: 'competitive-dialogue' }))
        .thenFails('ProcedureNotInRegime', { path: ['data', 'procedure'] });
    });

    it('refuses the PCR 2015 light-touch procedure for services not flagged light touch', () => {
      givenHistory([conceive('2020-01-01'), approval('launch-ok', 'launch-procurement', '2020-01-02')])
        .when(launch({ regime: 'PCR2015', procedure: 'light-touch', launchedOn: '2020-02-03' }))
        .thenFails('ProcedureNotInRegime');
    });

    it('refuses no lots or the same lot twice', () => {
      givenHistory(launched.slice(0, 2))
        .when(launch({ lots: [] }))
        .thenFails('LotsInvalid');
      const lot = { lotId: 'a', title: 'A', services: [], localities: [], annualBudgetPence: 1 };
      givenHistory(launched.slice(0, 2))
        .when(launch({ lots: [lot, lot] }))
        .thenFails('LotsInvalid');
    });

    it('refuses the same procurement id twice', () => {
      givenHistory(launched).when(launch()).thenFails('AlreadyRecorded');
    });
  });

  describe('governance thresholds', () => {
    it('cannot launch above the threshold without a decision, nor with one it cannot rely on', () => {
      givenHistory([conceive()])
        .when(launch({ governanceDecisionId: undefined }))
        .thenFails('ApprovalRequired');
      givenHistory([conceive()])
        .when(launch({ governanceDecisionId: 'nope' }))
        .thenFails('UnknownDecision');
      const late = givenHistory([conceive(), approval('launch-ok', 'launch-procurement', '2025-04-02')])
        .when(launch())
        .thenFails('ApprovalRequired');
      expect(late.message).toContain('after 2025-04-01');
      const rejected = command(
        'RecordGovernanceDecision',
        {
          partnershipId: P,
          decisionId: 'launch-ok',
          decisionMaker: 'executive',
          body: 'Executive',
          subject: 'launch-procurement',
          outcome: 'rejected',
          decidedOn: '2025-03-20',
          summary: 'No',
        },
        actors.executive,
      );
      givenHistory([conceive(), rejected]).when(launch()).thenFails('ApprovalRequired');
    });

    it('launches a procurement under the threshold without a decision', () => {
      givenHistory([conceive()])
        .when(launch({ governanceDecisionId: undefined, estimatedTotalValuePence: 15_000_000 }))
        .thenMatches([{ type: 'ProcurementLaunched' }]);
    });

    it('cannot award above the threshold without an approved award decision', () => {
      givenHistory(toAward.slice(0, 5))
        .when(award({ governanceDecisionId: undefined }))
        .thenFails('ApprovalRequired');
    });
  });

  describe('dialogue, tenders and evaluation', () => {
    it('holds dialogue only in procedures that have it, with shortlisted bidders, round by round', () => {
      givenHistory(launched).when(round(1)).thenFails('ProcedureHasNoDialogue');
      givenHistory(launched).when(shortlisted).thenFails('ProcedureHasNoDialogue');
      givenHistory(dialogue).when(round(1)).thenFails('NotShortlisted');
      givenHistory([...dialogue, shortlisted])
        .when(round(2))
        .thenFails('DialogueNotHeld');
      givenHistory([...dialogue, shortlisted])
        .when(round(1))
        .thenMatches([{ type: 'DialogueRoundHeld', data: { round: 1 } }]);
      givenHistory([...dialogue, shortlisted, round(1)])
        .when(round(2, '2025-05-05', '2025-05-20'))
        .thenFails('DatesOutOfOrder');
    });

    it('once dialogue is held, takes tenders only after the invitation that closes it', () => {
      givenHistory([...dialogue, shortlisted, round(1)])
        .when(tender())
        .thenFails('FinalTendersNotInvited');
      givenHistory([...dialogue, shortlisted, round(1), invite])
        .when(tender('t-1', 'stranger', '2025-05-20'))
        .thenFails('NotShortlisted');
      givenHistory([...dialogue, shortlisted, round(1), invite])
        .when(tender('t-1', SUPPLIER, '2025-05-20'))
        .thenMatches([{ type: 'TenderReceived' }]);
      givenHistory([...dialogue, shortlisted, round(1), invite])
        .when(round(2, '2025-05-13', '2025-05-14'))
        .thenFails('ProcurementClosed');
    });

    it('scores only received tenders, with consistent totals and ranks', () => {
      givenHistory([...launched, tender()])
        .when(
          evaluate([
            { tenderId: 't-9', bidderId: SUPPLIER, qualityScore: 1, priceScore: 1, totalScore: 2, rank: 1 },
          ]),
        )
        .thenFails('UnknownTender');
      givenHistory([...launched, tender()])
        .when(
          evaluate([
            {
              tenderId: 't-1',
              bidderId: SUPPLIER,
              qualityScore: 60,
              priceScore: 30,
              totalScore: 95,
              rank: 1,
            },
          ]),
        )
        .thenFails('EvaluationInvalid');
      givenHistory([...launched, tender(), tender('t-2', 'other')])
        .when(
          evaluate([
            {
              tenderId: 't-1',
              bidderId: SUPPLIER,
              qualityScore: 50,
              priceScore: 30,
              totalScore: 80,
              rank: 1,
            },
            { tenderId: 't-2', bidderId: 'other', qualityScore: 60, priceScore: 30, totalScore: 90, rank: 2 },
          ]),
        )
        .thenFails('EvaluationInvalid');
    });

    it('awards each lot once, to the tender ranked first, after evaluation', () => {
      const evaluated = [...launched, tender(), evaluate(), approval('award-ok', 'award', '2025-06-02')];
      givenHistory([...launched, tender(), approval('award-ok', 'award', '2025-06-02')])
        .when(award())
        .thenFails('NotEvaluated');
      givenHistory(evaluated)
        .when(award({ supplierId: 'other' }))
        .thenFails('NotMostAdvantageousTender');
      givenHistory([...evaluated, award()])
        .when(award())
        .thenFails('LotAlreadyAwarded');
      givenHistory(evaluated)
        .when(award({ lotId: 'lot-9' }))
        .thenFails('UnknownLot');
      givenHistory(evaluated)
        .when(award({ procurementId: 'nope' }))
        .thenFails('UnknownProcurement');
    });

    it('awards directly under the direct award procedure', () => {
      givenHistory([
        conceive(),
        approval('launch-ok', 'launch-procurement', '2025-03-20'),
        launch({ procedure: 'direct-award' }),
        approval('award-ok', 'award', '2025-06-02'),
      ])
        .when(award())
        .thenMatches([{ type: 'AwardDecisionMade' }]);
    });

    it('closes a cancelled procurement', () => {
      const cancel = command(
        'CancelProcurement',
        {
          partnershipId: P,
          procurementId: PROCUREMENT,
          cancelledOn: '2025-04-10',
          reason: 'Market too thin',
        },
        actors.procurement,
      );
      givenHistory([...launched, cancel])
        .when(tender())
        .thenFails('ProcurementClosed');
      givenHistory(toAward)
        .when({ ...cancel, data: { ...cancel.data, cancelledOn: '2025-06-03' } })
        .thenFails('ProcurementClosed');
    });
  });
});
