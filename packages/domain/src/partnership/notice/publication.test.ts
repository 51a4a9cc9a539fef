import { actors, command } from '@council-partnerships/testing';
import {
  CONTRACT,
  endStandstill,
  P,
  PROCUREMENT,
  signContract,
  standstill,
  toAward,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';

const cleared = [...toAward, standstill(), endStandstill()];
const charity = {
  identifiers: [
    { scheme: 'GB-CHC' as const, id: '1000001' },
    { scheme: 'GB-COH' as const, id: '05000001' },
  ],
  sme: true,
  vcse: true,
  publicServiceMutual: false,
  address: null,
};
type NoticeData = Parameters<typeof command<'RecordNoticePublication'>>[1];
const notice = (data: Omit<Partial<NoticeData>, 'noticeType'> & Pick<NoticeData, 'noticeType'>) =>
  command(
    'RecordNoticePublication',
    {
      partnershipId: P,
      noticeId: 'n-1',
      reference: '000123-2025',
      publishedOn: '2025-06-14',
      ...data,
    },
    actors.procurement,
  );

const kpisAtSigning = ['k1', 'k2', 'k3'].map((kpiId) => ({ type: 'KpiDefined' as const, data: { kpiId } }));

describe('publication facts recorded by commands', () => {
  it('records the supplier details, irrecoverable VAT and review date given on signing', () => {
    givenHistory(cleared)
      .when(signContract({ supplierDetails: charity, irrecoverableVatPence: 0, reviewOn: '2026-07-01' }))
      .thenMatches([
        {
          type: 'ServiceContractSigned',
          data: { supplierDetails: charity, irrecoverableVatPence: 0, reviewOn: '2026-07-01' },
        },
        // The contract is over £5m: its three KPIs are set with it (PA 2023 s.52).
        ...kpisAtSigning,
      ]);
  });

  it('records a signing without them as facts not recorded (null), for the publications to report', () => {
    givenHistory(cleared)
      .when(signContract())
      .thenMatches([
        {
          type: 'ServiceContractSigned',
          data: { supplierDetails: null, irrecoverableVatPence: null, reviewOn: null },
        },
        // The contract is over £5m: its three KPIs are set with it (PA 2023 s.52).
        ...kpisAtSigning,
      ]);
  });

  it('refuses a review date before the signing, and a supplier registered twice in one register', () => {
    givenHistory(cleared)
      .when(signContract({ reviewOn: '2025-01-01' }))
      .thenFails('DatesOutOfOrder');
    givenHistory(cleared)
      .when(
        signContract({
          supplierDetails: { ...charity, identifiers: [charity.identifiers[0]!, charity.identifiers[0]!] },
        }),
      )
      .thenFails('DuplicateSupplierIdentifier');
  });

  it('records a notice with the platform reference and what it is about', () => {
    givenHistory([...cleared, signContract()])
      .when(notice({ noticeType: 'UK7', contractId: CONTRACT, platform: 'Find a Tender' }))
      .thenMatches([
        {
          type: 'NoticePublished',
          data: { noticeType: 'UK7', reference: '000123-2025', contractId: CONTRACT, procurementId: null },
        },
      ]);
  });

  it.each([
    ['UK6 (about a procurement) without one', { noticeType: 'UK6' }, 'NoticeSubjectMissing'],
    ['UK9 (about a contract) without one', { noticeType: 'UK9' }, 'NoticeSubjectMissing'],
    ['UK10 without its modification', { noticeType: 'UK10', contractId: CONTRACT }, 'NoticeSubjectMissing'],
    [
      'UK6 naming a procurement never launched',
      { noticeType: 'UK6', procurementId: 'elsewhere' },
      'UnknownProcurement',
    ],
  ] as const)('refuses a notice %s', (_, subject, code) => {
    givenHistory(cleared).when(notice(subject)).thenFails(code);
  });

  it('publishes a notice that names its recorded subject', () => {
    givenHistory(cleared)
      .when(notice({ noticeType: 'UK6', procurementId: PROCUREMENT }))
      .thenMatches([{ type: 'NoticePublished', data: { procurementId: PROCUREMENT } }]);
  });
});
