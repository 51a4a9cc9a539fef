import { readFileSync } from 'fs';
import { join } from 'path';
import { hashEvent } from '../../eventstore/hashChain';
import { RecordedEvent } from '../../eventstore/envelope';
import { partnershipEventRegistry } from './index';

/** Events as stored before a schema change, byte for byte: they must read for as long as they are kept. */
const stored = (name: string): { text: string; event: RecordedEvent } => {
  const text = readFileSync(join(__dirname, 'fixtures', 'envelopes', name), 'utf8');
  return { text, event: JSON.parse(text) as RecordedEvent };
};

describe('stored events of older schema versions', () => {
  it('a StandstillNoticeIssued v1 (before notice methods, exemptions and calendars were recorded) still verifies its hash and reads as v2 with those not recorded', () => {
    const { event } = stored('StandstillNoticeIssued.v1.json');
    const { hash, globalPosition: _position, ...hashed } = event;
    // The stored bytes are unchanged: the hash computed when it was written still matches.
    expect(hashEvent(hashed)).toBe(hash);
    const decoded = partnershipEventRegistry.decode(event);
    expect(decoded).toMatchObject({
      _tag: 'Right',
      right: {
        type: 'StandstillNoticeIssued',
        data: {
          ...event.data,
          noticeMethod: null,
          lastReceivedOn: null,
          exemption: null,
          calendar: null,
        },
      },
    });
  });

  it('a ProcurementLaunched v1 (before the contract kind, the buying authority and the VAT basis were recorded) reads as v2 with the three not recorded', () => {
    const data = JSON.parse(
      readFileSync(join(__dirname, 'fixtures', 'ProcurementLaunched.v1.json'), 'utf8'),
    ) as RecordedEvent['data'];
    const { event } = stored('StandstillNoticeIssued.v1.json');
    const decoded = partnershipEventRegistry.decode({ ...event, type: 'ProcurementLaunched', data });
    expect(decoded).toMatchObject({
      _tag: 'Right',
      right: {
        type: 'ProcurementLaunched',
        data: { ...data, authority: null, contractKind: null, valuesIncludeVat: null },
      },
    });
  });
});
