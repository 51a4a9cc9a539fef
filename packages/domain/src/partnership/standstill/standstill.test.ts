import { actors, command } from '@council-partnerships/testing';
import {
  endStandstill,
  launch,
  signContract,
  standstill,
  toAward,
  approval,
  conceive,
  tender,
  evaluate,
  award,
  kpisSetAtSigning,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';

describe('standstill', () => {
  it('computes the PA 2023 standstill: 8 working days beginning with the day the award notice is published', () => {
    givenHistory(toAward).when(standstill('2025-06-03')).thenRecords('StandstillNoticeIssued', {
      mandatory: true,
      voluntary: false,
      lastDay: '2025-06-12',
      earliestSigningDate: '2025-06-13',
    });
  });

  it('follows an award decision for every lot it covers, once', () => {
    givenHistory(toAward.slice(0, 5)).when(standstill()).thenFails('NotAwarded');
    givenHistory([...toAward, standstill()])
      .when(standstill('2025-06-04'))
      .thenFails('StandstillAlreadyIssued');
    givenHistory(toAward).when(standstill('2025-06-01')).thenFails('DatesOutOfOrder');
  });

  it('cannot be recorded as ended before its last day', () => {
    const refusal = givenHistory([...toAward, standstill()])
      .when(endStandstill('2025-06-11'))
      .thenFails('StandstillNotEnded');
    expect(refusal.message).toBe(
      'the standstill for lot lot-1 ends 2025-06-12; it cannot be recorded as ended on 2025-06-11, and the contract can be signed from 2025-06-13',
    );
    givenHistory(toAward).when(endStandstill()).thenFails('NoStandstillRunning');
  });

  it('signs nothing before the standstill ends, nor before its end is recorded', () => {
    const early = givenHistory([...toAward, standstill(), endStandstill()])
      .when(signContract({ signedOn: '2025-06-12' }))
      .thenFails('StandstillNotEnded');
    expect(early.message).toBe('standstill ends 2025-06-12; the agreement can be signed from 2025-06-13');
    givenHistory([...toAward, standstill()])
      .when(signContract())
      .thenFails('StandstillNotEnded');
    givenHistory(toAward).when(signContract()).thenFails('StandstillRequired');
    givenHistory([...toAward, standstill(), endStandstill()])
      .when(signContract())
      .thenMatches([{ type: 'ServiceContractSigned' }, ...kpisSetAtSigning]);
  });

  describe('light touch under PA 2023', () => {
    const lightTouch = [
      conceive(),
      approval('launch-ok', 'launch-procurement', '2025-03-20'),
      launch({ lightTouch: true }),
      tender(),
      evaluate(),
      approval('award-ok', 'award', '2025-06-02'),
      award(),
    ];

    it('needs no standstill: the contract may be signed after the award', () => {
      givenHistory(lightTouch)
        .when(signContract({ signedOn: '2025-06-03' }))
        .thenMatches([{ type: 'ServiceContractSigned' }, ...kpisSetAtSigning]);
      givenHistory(lightTouch)
        .when(standstill('2025-06-03'))
        .thenRecords('StandstillNoticeIssued', { mandatory: false, voluntary: false });
    });

    it('observes a voluntary standstill of 8 working days when the council chooses one', () => {
      const issued = givenHistory(lightTouch)
        .when(standstill('2025-06-03', true))
        .thenRecords('StandstillNoticeIssued', { mandatory: false, voluntary: true, lastDay: '2025-06-12' });
      expect(issued.events).toHaveLength(1);
      givenHistory([...lightTouch, standstill('2025-06-03', true)])
        .when(signContract({ signedOn: '2025-06-10' }))
        .thenFails('StandstillNotEnded');
    });
  });

  it('has no statutory standstill below the thresholds', () => {
    const below = [
      conceive(),
      launch({
        regime: 'below-threshold',
        estimatedTotalValuePence: 1_000_000,
        governanceDecisionId: undefined,
      }),
      tender(),
      evaluate(),
      award({ totalValuePence: 1_000_000, governanceDecisionId: undefined }),
    ];
    givenHistory(below).when(standstill()).thenFails('StandstillNotApplicable');
    givenHistory(below)
      .when(signContract({ signedOn: '2025-06-02' }))
      .thenMatches([
        { type: 'ServiceContractSigned', data: { regime: 'below-threshold' } },
        ...kpisSetAtSigning,
      ]);
  });

  it('is issued by council officers, not by the partner', () => {
    const cmd = standstill();
    givenHistory(toAward)
      .when(command('IssueStandstillNotice', { ...cmd.data, noticeDate: '2025-06-03' }, actors.partner))
      .thenFails('NotPermitted');
  });

  describe('recorded variants', () => {
    const withData = (data: Record<string, unknown>) => {
      const cmd = standstill('2025-06-03');
      return command('IssueStandstillNotice', { ...cmd.data, ...data }, actors.procurement);
    };

    it('an exemption from the closed list (PA 2023 s.51(3), a framework call-off) is recorded, and the contract may be signed without waiting', () => {
      givenHistory(toAward)
        .when(withData({ exemption: 'pa2023-framework-call-off' }))
        .thenRecords('StandstillNoticeIssued', {
          mandatory: false,
          voluntary: false,
          exemption: 'pa2023-framework-call-off',
          earliestSigningDate: '2025-06-03',
          calendar: { source: 'built-in' },
        });
      givenHistory([...toAward, withData({ exemption: 'pa2023-framework-call-off' })])
        .when(signContract({ signedOn: '2025-06-03' }))
        .thenMatches([{ type: 'ServiceContractSigned' }, ...kpisSetAtSigning]);
    });

    it('a free-text ground, or notices sent by post under PA 2023, are refused naming the field and nothing is written', () => {
      const free = givenHistory(toAward)
        .when(withData({ exemption: 'the partner asked nicely' }))
        .thenFails('StandstillInvalid');
      expect(free.path).toEqual(['data', 'exemption']);
      const posted = givenHistory(toAward)
        .when(withData({ noticeMethod: 'other' }))
        .thenFails('StandstillInvalid');
      expect(posted.path).toEqual(['data', 'noticeMethod']);
    });

    it('records the calendar that decided the dates', () => {
      givenHistory(toAward)
        .when(standstill('2025-06-03'))
        .thenRecords('StandstillNoticeIssued', {
          calendar: { source: 'built-in', version: '2026-02-05' },
          noticeMethod: null,
          exemption: null,
        });
    });
  });
});
