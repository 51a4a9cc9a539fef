import { readFileSync } from 'fs';
import { join } from 'path';
import {
  partnershipEventRegistry,
  PartnershipEventOfType,
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
    // The current version as stored: a PCR 2015 notice with its method, exemption and calendar.
    const data = JSON.parse(
      readFileSync(join(__dirname, 'fixtures', 'StandstillNoticeIssued.v2.json'), 'utf8'),
    ) as PartnershipEventOfType<'StandstillNoticeIssued'>['data'];
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
