import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { RecordedEvent } from '../../eventstore/envelope';
import { partnershipEventRegistry, partnershipEvents } from './index';

/**
 * Every schema version of every versioned event has a stored fixture (`fixtures/<Type>.v<N>.json`,
 * data exactly as a store holds it), and each still reads as the current version. The fixtures are
 * never edited: an event stored today must read the same in ten years.
 */
const fixtureDir = join(__dirname, 'fixtures');
const stored = (type: string, schemaVersion: number): RecordedEvent => ({
  eventId: '00000000-0000-4000-8000-000000000001',
  type,
  schemaVersion,
  data: JSON.parse(
    readFileSync(join(fixtureDir, `${type}.v${schemaVersion}.json`), 'utf8'),
  ) as RecordedEvent['data'],
  occurredAt: '2019-06-03T10:00:00.000+01:00',
  actor: { id: 'legal-1', role: 'legal' },
  commandId: 'c-1',
  correlationId: 'c-1',
  causationId: null,
  streamId: 'partnership-fixture',
  streamVersion: 1,
  globalPosition: 1,
  recordedAt: '2019-06-03T10:00:00.000Z',
  previousHash: null,
  hash: 'x',
});

describe('stored fixtures of the publication facts', () => {
  const files = readdirSync(fixtureDir).filter((name) => name.endsWith('.json'));

  it('exist for every version of every event that has more than one, and for the notice event', () => {
    for (const definition of partnershipEvents.filter((d) => d.schemaVersion > 1)) {
      for (let v = 1; v <= definition.schemaVersion; v++)
        expect(files).toContain(`${definition.type}.v${v}.json`);
    }
    expect(files).toContain('NoticePublished.v1.json');
  });

  it.each(files.map((f) => f.replace(/\.json$/, '')))('%s reads as the current version', (name) => {
    const [type, version] = name.split('.v') as [string, string];
    const decoded = partnershipEventRegistry.decode(stored(type, Number(version)));
    expect(decoded._tag).toBe('Right');
    if (decoded._tag === 'Right') expect(partnershipEventRegistry.encode(decoded.right)._tag).toBe('Right');
  });

  it('reads a contract signed before version 2 as one whose supplier facts were not recorded', () => {
    const decoded = partnershipEventRegistry.decode(stored('ServiceContractSigned', 1));
    expect(decoded).toMatchObject({
      right: {
        type: 'ServiceContractSigned',
        data: {
          contractId: 'cbc-supervised-contact',
          supplierDetails: null,
          irrecoverableVatPence: null,
          reviewOn: null,
        },
      },
    });
  });

  it("keeps a version 2 signing's supplier registrations, VCSE status, VAT and review date", () => {
    expect(partnershipEventRegistry.decode(stored('PartnershipAgreementSigned', 2))).toMatchObject({
      right: {
        data: {
          supplierDetails: {
            identifiers: [
              { scheme: 'GB-CHC', id: '216250' },
              { scheme: 'GB-COH', id: '00061625' },
            ],
            vcse: true,
          },
        },
      },
    });
    expect(partnershipEventRegistry.decode(stored('ServiceContractSigned', 2))).toMatchObject({
      right: { data: { irrecoverableVatPence: 0, reviewOn: '2020-09-01' } },
    });
  });

  it('reads counted extension options (versions 1 and 2) as that many equal options at the contract price, in order', () => {
    expect(partnershipEventRegistry.decode(stored('ServiceContractSigned', 2))).toMatchObject({
      right: {
        data: {
          maximumValuePence: 210_000_000,
          extensionOptions: [
            {
              lengthMonths: 12,
              annualValuePence: null,
              valuePence: 30_000_000,
              noticeMonths: null,
              modules: [],
            },
            {
              lengthMonths: 12,
              annualValuePence: null,
              valuePence: 30_000_000,
              noticeMonths: null,
              modules: [],
            },
          ],
        },
      },
    });
    expect(partnershipEventRegistry.decode(stored('PartnershipAgreementSigned', 1))).toMatchObject({
      right: { data: { extensionOptions: [] } },
    });
  });

  it('keeps a version 3 signing’s options of different lengths, prices, notice and modules', () => {
    expect(partnershipEventRegistry.decode(stored('PartnershipAgreementSigned', 3))).toMatchObject({
      right: {
        data: {
          extensionOptions: [
            { lengthMonths: 24, noticeMonths: 6, modules: 'all' },
            { lengthMonths: 12, noticeMonths: 6, modules: 'all' },
          ],
        },
      },
    });
  });

  it('reads an extension exercised before version 2 as one of a single contract, its value and deadline not recorded', () => {
    expect(partnershipEventRegistry.decode(stored('ExtensionOptionExercised', 1))).toMatchObject({
      right: { data: { newEndsOn: '2025-08-31', valuePence: null, noticeDeadline: null, modules: [] } },
    });
  });

  it("reads a governance decision stored before version 2 as one that did not name whose body took it (the lead's)", () => {
    expect(partnershipEventRegistry.decode(stored('GovernanceDecisionRecorded', 1))).toMatchObject({
      right: { data: { decisionId: 'middlesbrough-executive-2021', commissionerId: null } },
    });
    expect(partnershipEventRegistry.decode(stored('GovernanceDecisionRecorded', 2))).toMatchObject({
      right: { data: { commissionerId: 'middlesbrough' } },
    });
  });

  it('reads savings stored in version 3 (from contract years) unchanged, and keeps version 4 savings by financial year', () => {
    const v3 = stored('ServiceContractSigned', 3);
    expect(partnershipEventRegistry.decode(v3)).toMatchObject({
      right: { data: { savingsSchedule: v3.data['savingsSchedule'] } },
    });
    expect(partnershipEventRegistry.decode(stored('ServiceContractSigned', 4))).toMatchObject({
      right: {
        data: {
          savingsSchedule: [
            { label: 'MTFP saving 2019/20', fromFinancialYear: '2019/20', annualAmountPence: 2_000_000 },
            {
              label: 'MTFP saving 2020/21 (further)',
              fromFinancialYear: '2020/21',
              annualAmountPence: 5_900_000,
            },
          ],
        },
      },
    });
  });

  it('reads a KPI definition corrected before names could be corrected exactly as stored: it named no name, unit or frequency', () => {
    const row = stored('KpiDefinitionCorrected', 1);
    const decoded = partnershipEventRegistry.decode(row);
    expect(decoded).toMatchObject({ right: { data: row.data } });
    if (decoded._tag === 'Right') {
      expect(decoded.right.data).toEqual(row.data);
      expect(partnershipEventRegistry.encode(decoded.right)).toMatchObject({ right: { data: row.data } });
    }
  });

  it.each([
    ['PartnershipAgreementSigned', 4],
    ['ServiceContractSigned', 4],
    ['ExtensionOptionExercised', 2],
    ['ContractModified', 2],
  ])(
    'reads a %s v%i stored before share approvals were recorded exactly as stored: it names none',
    (type, version) => {
      const row = stored(type, version);
      const decoded = partnershipEventRegistry.decode(row);
      expect(decoded._tag).toBe('Right');
      if (decoded._tag === 'Right') {
        expect(decoded.right.data).toEqual(row.data);
        expect(decoded.right.data).not.toHaveProperty('shareApprovals');
        expect(partnershipEventRegistry.encode(decoded.right)).toMatchObject({
          right: { schemaVersion: version, data: row.data },
        });
      }
    },
  );

  it('keeps the share approvals a current signing, extension or modification records, and refuses one without its share’s value', () => {
    const shareApprovals = [
      { commissionerId: 'neighbour', governanceDecisionId: 'neighbour-exec', sharePence: 320_000_000 },
    ];
    for (const [type, version] of [
      ['ServiceContractSigned', 4],
      ['ExtensionOptionExercised', 2],
      ['ContractModified', 2],
    ] as const) {
      const row = stored(type, version);
      const withApprovals = { ...row, data: { ...row.data, shareApprovals } };
      const decoded = partnershipEventRegistry.decode(withApprovals);
      expect(decoded).toMatchObject({ right: { data: { shareApprovals } } });
      if (decoded._tag === 'Right')
        expect(partnershipEventRegistry.encode(decoded.right)).toMatchObject({
          right: { data: withApprovals.data },
        });
      const { sharePence: _value, ...unvalued } = shareApprovals[0]!;
      expect(
        partnershipEventRegistry.decode({ ...row, data: { ...row.data, shareApprovals: [unvalued] } }),
      ).toMatchObject({ left: { code: 'CorruptEvent' } });
    }
  });

  it('refuses a version 3 row whose savings are dated by financial year, a shape version 3 never had', () => {
    const row = stored('ServiceContractSigned', 3);
    const savingsSchedule = [{ label: 'MTFP', fromFinancialYear: '2019/20', annualAmountPence: 1 }];
    expect(partnershipEventRegistry.decode({ ...row, data: { ...row.data, savingsSchedule } })).toMatchObject(
      {
        left: { code: 'CorruptEvent' },
      },
    );
  });

  it('refuses a version 1 row that carries data its version never had the shape for', () => {
    const row = stored('ServiceContractSigned', 1);
    const damaged = { ...row, data: { ...row.data, tier: 3 } };
    expect(partnershipEventRegistry.decode(damaged)).toMatchObject({ left: { code: 'CorruptEvent' } });
  });
});
