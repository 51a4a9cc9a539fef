import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { listCountedOptions, PartnershipEvent } from '@council-partnerships/domain';
import { rebuiltState } from '../testing/rebuilt';
import { appendFacts, partnershipConceived, serviceContract } from '../testing/partnershipLog';
import { registerProjection } from './projection';
import { contractRegister } from './view';
import { csvField, penceToCsvPounds, REGISTER_CSV_COLUMNS, registerGaps, registerToCsv } from './csv';

const P = 'cbc';

const facts: PartnershipEvent[] = [
  partnershipConceived(P, {
    title: 'Children’s centres, youth and supervised contact',
    serviceArea: 'Children’s Services, Early Help',
    description: 'Locality family services, all-area youth service, supervised contact',
    estimatedAnnualValuePence: 222_400_000,
    intendedMinimumTermMonths: 60,
  }),
  {
    type: 'ProcurementLaunched',
    data: {
      partnershipId: P,
      procurementId: 'cd',
      title: 'Family services',
      regime: 'PCR2015',
      procedure: 'competitive-dialogue',
      lightTouch: false,
      launchedOn: '2018-10-01',
      advertisedOn: '2018-10-01',
      portal: 'Contracts Finder',
      noticeReference: 'CBC-0001',
      estimatedAnnualValuePence: 192_400_000,
      maximumTermMonths: 84,
      estimatedTotalValuePence: 1_346_800_000,
      authority: 'sub-central',
      contractKind: 'services',
      valuesIncludeVat: true,
      lots: [
        {
          lotId: 'youth',
          title: 'Youth service',
          services: [],
          localities: [],
          annualBudgetPence: 40_400_000,
        },
      ],
      governanceDecisionId: null,
    },
  },
  {
    type: 'StandstillNoticeIssued',
    data: {
      partnershipId: P,
      procurementId: 'cd',
      lotIds: ['youth'],
      regime: 'PCR2015',
      noticeDate: '2019-05-17',
      mandatory: true,
      voluntary: false,
      lastDay: '2019-05-27',
      earliestSigningDate: '2019-05-28',
      rule: 'PCR 2015: 10 calendar days',
      noticeMethod: 'electronic',
      lastReceivedOn: null,
      exemption: null,
      calendar: { source: 'built-in', version: '2026-02-05' },
    },
  },
];

const signed: PartnershipEvent[] = [
  serviceContract(P, 'youth', {
    title: 'Youth service, all areas',
    procurementId: 'cd',
    lotId: 'youth',
    supplierId: 'yp',
    supplierName: 'Youth Partner, "Bedfordshire", Ltd',
    services: ['IAG', 'targeted youth work', 'mentoring and independent visiting'],
    signedOn: '2019-06-01',
    startsOn: '2019-09-01',
    endsOn: '2024-08-31',
    extensionOptions: listCountedOptions({ count: 2, lengthMonths: 12 }, 40_400_000),
    maximumTermMonths: 84,
    annualValuePence: 40_400_000,
    initialTermValuePence: 202_000_000,
    maximumValuePence: 282_800_000,
    annualTerminationClause: { noticeMonths: 6, exercisableBy: ['council', 'partner'] },
  }),
  {
    type: 'ServiceWentLive',
    data: {
      partnershipId: P,
      contractId: 'youth',
      liveOn: '2019-09-01',
      kpiCount: 3,
      nextKpiAssessmentDueBy: '2020-08-31',
    },
  },
];

const registerOn = async (events: PartnershipEvent[], today: string) => {
  const store = createInMemoryEventStore();
  await appendFacts(store, events);
  return contractRegister(await rebuiltState(store, registerProjection), { today });
};

describe('contract register', () => {
  it('says which phase a partnership is in and what is due next', async () => {
    const [inStandstill] = await registerOn(facts, '2019-05-20');
    expect(inStandstill).toMatchObject({
      phase: 'standstill',
      keyDates: { standstillEnds: '2019-05-27', launchedOn: '2018-10-01' },
      nextDue: { kind: 'standstill-ends', dueOn: '2019-05-27' },
      advertisedMaximumValuePence: 1_346_800_000,
    });

    const [live] = await registerOn([...facts, ...signed], '2020-01-10');
    expect(live).toMatchObject({
      phase: 'live',
      annualValuePence: 40_400_000,
      suppliers: ['Youth Partner, "Bedfordshire", Ltd'],
    });
    expect(live?.deadlines.map((d) => [d.kind, d.dueOn])).toEqual([
      ['termination-notice-deadline', '2020-03-01'],
      ['kpi-assessment', '2020-08-31'],
      ['extension-decision', '2024-02-29'],
      ['expiry', '2024-08-31'],
    ]);
    expect(live?.contracts[0]).toMatchObject({
      phase: 'live',
      procedure: 'competitive-dialogue',
      maximumEndsOn: '2026-08-31',
      totalValuePence: 202_000_000,
      maximumValuePence: 282_800_000,
      extensionOptionsRemaining: 2,
    });
  });

  it('keeps an extension decision open, marked overdue, until it is made', async () => {
    const [late] = await registerOn([...facts, ...signed], '2024-03-15');
    expect(late?.deadlines.find((d) => d.kind === 'extension-decision')).toMatchObject({
      dueOn: '2024-02-29',
      overdue: true,
    });
    expect(late?.nextDue?.kind).not.toBe('extension-decision');
  });

  it('exports the Transparency Code columns as CSV, quoting what needs quoting', async () => {
    const entries = await registerOn([...facts, ...signed], '2020-01-10');
    const csv = registerToCsv(entries, {
      suppliers: { yp: { companyNumber: '01234567', sme: true, vcse: false } },
    });
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(REGISTER_CSV_COLUMNS.join(','));
    expect(end).toBe('');
    expect(row).toBe(
      [
        'youth',
        '"Youth service, all areas"',
        'Central Bedfordshire Council',
        '"Children’s Services, Early Help"',
        'IAG; targeted youth work; mentoring and independent visiting',
        '"Youth Partner, ""Bedfordshire"", Ltd"',
        '01234567',
        '',
        'Yes',
        'No',
        'supplier file',
        '2019-09-01',
        '2024-08-31',
        '2020-08-31',
        '2024-02-29',
        '2026-08-31',
        '2020000.00',
        '404000.00',
        '2828000.00',
        '',
        'Published invitation to tender',
        'Competitive dialogue',
        'PCR2015',
        'CBC-0001',
        '"Children’s centres, youth and supervised contact"',
        'live',
        '"last day to give notice under the annual termination clause of Youth service, all areas"',
        '2020-03-01',
        'irrecoverable VAT',
      ].join(','),
    );
  });

  it('fills the supplier columns from what signing recorded, says so, and names what is missing', async () => {
    const recorded = signed.map((e) =>
      e.type === 'ServiceContractSigned'
        ? {
            ...e,
            data: {
              ...e.data,
              supplierDetails: {
                identifiers: [{ scheme: 'GB-CHC' as const, id: '1000001' }],
                sme: null,
                vcse: true,
                publicServiceMutual: null,
                address: null,
              },
              irrecoverableVatPence: 0,
              reviewOn: '2020-09-01',
            },
          }
        : e,
    );
    const entries = await registerOn([...facts, ...recorded], '2020-01-10');
    const row = registerToCsv(entries).split('\r\n')[1]!.split(',');
    const byColumn = Object.fromEntries(REGISTER_CSV_COLUMNS.map((column, i) => [column, row[i + 4]]));
    expect(byColumn).toMatchObject({
      'Supplier charity registration number': '1000001',
      VCSE: 'Yes',
      SME: '',
      'Supplier details source': 'recorded on signing',
      'Review date': '2020-09-01',
      'Irrecoverable VAT (GBP)': '0.00',
    });
    expect(registerGaps(entries)).toEqual([
      'contract youth (Youth Partner, "Bedfordshire", Ltd): SME status',
    ]);
  });

  it('lists the pipeline only when asked', async () => {
    const entries = await registerOn(facts, '2019-05-20');
    expect(registerToCsv(entries).split('\r\n')).toHaveLength(2);
    expect(registerToCsv(entries, { includePipeline: true }).split('\r\n')[1]).toContain('13468000.00');
  });
});

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1+1', "'-1+1"],
  ])('%j is written %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('writes pence as exact pounds', () => {
    expect([0, 5, 100, 1_507_400_000, -250].map(penceToCsvPounds)).toEqual([
      '0.00',
      '0.05',
      '1.00',
      '15074000.00',
      '-2.50',
    ]);
  });
});
