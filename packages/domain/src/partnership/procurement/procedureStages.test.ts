import { approval, award, evaluate, LOT, SUPPLIER, tender } from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import {
  dialogueRound,
  inviteFinalTenders as invite,
  launchedAs,
  shortlist,
} from '../testing/procurementStages';
import { PROCEDURE_STAGES } from '../rules/procedureStages';

describe('procedure stages: only the steps the law makes compulsory are forced', () => {
  describe('competitive flexible procedure (PA 2023 s.20(2)(b))', () => {
    it('given a single-stage competitive flexible procedure, when a tender is received, then it is recorded without dialogue', () => {
      givenHistory(launchedAs('competitive-flexible'))
        .when(tender())
        .thenMatches([{ type: 'TenderReceived', data: { tenderId: 't-1' } }]);
    });

    it('runs from launch to award in one stage', () => {
      givenHistory([
        ...launchedAs('competitive-flexible'),
        tender(),
        evaluate(),
        approval('award-ok', 'award', '2025-06-02'),
      ])
        .when(award())
        .thenMatches([{ type: 'AwardDecisionMade', data: { lotId: LOT } }]);
    });

    it('given a participation stage then a tender stage, when final tenders are invited without dialogue, then they are', () => {
      givenHistory([...launchedAs('competitive-flexible'), shortlist()])
        .when(invite())
        .thenMatches([{ type: 'FinalTendersInvited' }]);
    });

    it('given dialogue has been held, when a tender arrives before the invitation closing it, then it is refused naming the rounds held', () => {
      const refusal = givenHistory([...launchedAs('competitive-flexible'), shortlist(), dialogueRound()])
        .when(tender('t-2', SUPPLIER, '2025-05-11'))
        .thenFails('FinalTendersNotInvited');
      expect(refusal.message).toContain('1 dialogue round');
      expect(refusal.details).toMatchObject({ dialogueRounds: 1, procedure: 'competitive-flexible' });
    });

    it('given initial tenders, when dialogue follows, then it is recorded', () => {
      givenHistory([
        ...launchedAs('competitive-flexible'),
        shortlist(),
        tender('t-1', SUPPLIER, '2025-04-25'),
      ])
        .when(dialogueRound())
        .thenMatches([{ type: 'DialogueRoundHeld' }]);
    });
  });

  describe('procedures whose law requires dialogue', () => {
    it('given a competitive dialogue, when a tender arrives before final tenders are invited, then it is refused citing reg 30', () => {
      const refusal = givenHistory(launchedAs('competitive-dialogue', 'PCR2015'))
        .when(tender('t-1', SUPPLIER, '2020-03-01'))
        .thenFails('FinalTendersNotInvited');
      expect(refusal.message).toContain('PCR 2015 reg 30');
    });

    it('given a competitive dialogue, when final tenders are invited before any dialogue, then it is refused citing reg 30', () => {
      const refusal = givenHistory([
        ...launchedAs('competitive-dialogue', 'PCR2015'),
        shortlist('2020-02-20'),
      ])
        .when(invite('2020-02-25'))
        .thenFails('DialogueNotHeld');
      expect(refusal.message).toContain('PCR 2015 reg 30');
    });
  });

  describe('procedures where dialogue is the authority’s choice under PCR 2015', () => {
    it.each(['light-touch', 'competitive-procedure-with-negotiation'] as const)(
      'given %s, when tenders are received without negotiation, then they are recorded',
      (procedure) => {
        givenHistory(launchedAs(procedure, 'PCR2015'))
          .when(tender('t-1', SUPPLIER, '2020-03-01'))
          .thenMatches([{ type: 'TenderReceived' }]);
      },
    );
  });

  describe('procedures without dialogue', () => {
    it('given an open procedure, when a dialogue round is recorded, then it is refused citing s.20(2)(a)', () => {
      const refusal = givenHistory(launchedAs('open'))
        .when(dialogueRound())
        .thenFails('ProcedureHasNoDialogue');
      expect(refusal.message).toContain('PA 2023 s.20(2)(a)');
    });
  });

  it('every procedure states its provision', () => {
    for (const stages of Object.values(PROCEDURE_STAGES))
      expect(stages.provision).toMatch(/\b(PA 2023|PCR 20(06|15)|below threshold)\b/);
  });
});
