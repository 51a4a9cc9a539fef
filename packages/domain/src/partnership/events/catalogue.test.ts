import {
  partnershipEventRegistry,
  partnershipEvents,
  partnershipStreamId,
  StandstillNoticeIssued,
} from './index';

describe('the partnership event catalogue', () => {
  it('registers every event type once, named as a past-tense fact', () => {
    const types = partnershipEvents.map((d) => d.type);
    expect(new Set(types).size).toBe(types.length);
    expect(partnershipEventRegistry.types).toEqual(types);
    for (const type of types) expect(type).toMatch(/^[A-Z][A-Za-z]+(ed|Given|Held|Made|Signed|Live)$/);
  });

  it('names one stream per partnership', () => {
    expect(partnershipStreamId('stockton-family-support')).toBe('partnership-stockton-family-support');
  });

  it('encodes a standstill notice with explicit business dates and refuses a malformed date', () => {
    const data = {
      partnershipId: 'cbc',
      procurementId: 'cbc-cd',
      lotIds: ['lot-1'],
      regime: 'PCR2015' as const,
      noticeDate: '2019-05-17',
      mandatory: true,
      voluntary: false,
      lastDay: '2019-05-27',
      earliestSigningDate: '2019-05-28',
      rule: 'PCR 2015: 10 calendar days',
      noticeMethod: 'electronic' as const,
      lastReceivedOn: null,
      exemption: null,
      calendar: { source: 'built-in', version: '2026-02-05' },
    };
    const encoded = partnershipEventRegistry.encode({ type: StandstillNoticeIssued.type, data });
    expect(encoded).toMatchObject({
      _tag: 'Right',
      right: { type: 'StandstillNoticeIssued', schemaVersion: 2, data },
    });
    const bad = partnershipEventRegistry.encode({
      type: StandstillNoticeIssued.type,
      data: { ...data, lastDay: '27/05/2019' },
    });
    expect(bad).toMatchObject({ _tag: 'Left', left: { code: 'InvalidInput', path: ['data', 'lastDay'] } });
  });
});
