import * as fc from 'fast-check';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { PartnershipEvent } from '@council-partnerships/domain';
import { DateTime } from 'luxon';
import { rebuiltState } from '../testing/rebuilt';
import { appendFacts, partnershipConceived, serviceContract } from '../testing/partnershipLog';
import { testEventId } from '@council-partnerships/testing';
import { countyDurham, recordSeeds, stockton } from '@council-partnerships/seeds';
import { registerProjection } from './projection';
import { contractRegister } from './view';

const P = 'cbc';
const conceived = partnershipConceived(P);
// Five years from 1 September 2019 with two one-year options: its last day is 31 August 2024.
const lot = serviceContract(P, 'lot-1', {
  title: 'Locality 1',
  signedOn: '2019-06-03',
  startsOn: '2019-09-01',
  endsOn: '2024-08-31',
  extensionOptions: [
    { lengthMonths: 12, annualValuePence: null, valuePence: 30_400_000, noticeMonths: null, modules: [] },
    { lengthMonths: 12, annualValuePence: null, valuePence: 30_400_000, noticeMonths: null, modules: [] },
  ],
  maximumTermMonths: 84,
  annualValuePence: 30_400_000,
  initialTermValuePence: 152_000_000,
  maximumValuePence: 212_800_000,
});
const live: PartnershipEvent = {
  type: 'ServiceWentLive',
  data: {
    partnershipId: P,
    contractId: 'lot-1',
    liveOn: '2019-10-01',
    kpiCount: 1,
    nextKpiAssessmentDueBy: null,
  },
};
const expired: PartnershipEvent = {
  type: 'ContractExpired',
  data: { partnershipId: P, contractId: 'lot-1', expiredOn: '2024-08-31' },
};

/** Stockton (modules, an expansion) and Durham (contracts let and ended) recorded through the handler. */
const history = (async () => {
  const store = createInMemoryEventStore();
  await recordSeeds(store, [stockton, countyDurham], { newEventId: testEventId });
  return rebuiltState(store, registerProjection);
})();

const registerOn = async (events: readonly PartnershipEvent[], today: string) => {
  const store = createInMemoryEventStore();
  await appendFacts(store, events);
  const [entry] = contractRegister(await rebuiltState(store, registerProjection), { today });
  if (entry === undefined) throw new Error('no register entry');
  return entry;
};

describe('the register reads phases from dates as well as events', () => {
  it('given a contract live to 31 August 2024 with no expiry recorded, when read on 1 December 2026, then it has ended (expiry not recorded) and the record is overdue', async () => {
    const entry = await registerOn([conceived, lot, live], '2026-12-01');
    expect(entry.phase).toBe('ended-expiry-not-recorded');
    expect(entry.contracts[0]).toMatchObject({
      phase: 'ended-expiry-not-recorded',
      extensionDecisionDueBy: null,
      nextKpiAssessmentDueBy: null,
    });
    expect(entry.annualValuePence).toBe(0);
    expect(entry.deadlines).toEqual([
      {
        kind: 'expiry',
        dueOn: '2024-08-31',
        overdue: true,
        contractId: 'lot-1',
        procurementId: null,
        description: 'Locality 1 ended on 2024-08-31: record its expiry',
      },
    ]);
    expect(entry.nextDue).toBeNull();
  });

  it('given the expiry recorded, when read afterwards, then it has expired and nothing is due', async () => {
    const entry = await registerOn([conceived, lot, live, expired], '2026-12-01');
    expect(entry.phase).toBe('expired');
    expect(entry.deadlines).toEqual([]);
  });

  it('given an extension not yet decided, when read after its decision date, then the decision is overdue and the contract still live', async () => {
    const entry = await registerOn([conceived, lot, live], '2024-06-01');
    expect(entry.contracts[0]?.phase).toBe('live');
    expect(entry.deadlines.find((d) => d.kind === 'extension-decision')).toMatchObject({
      dueOn: '2024-02-29',
      overdue: true,
    });
  });

  it('given notice of termination, when read after it took effect, then it has ended (termination not recorded)', async () => {
    const notice: PartnershipEvent = {
      type: 'TerminationNoticeGiven',
      data: {
        partnershipId: P,
        contractId: 'lot-1',
        ground: 'annual-termination-clause',
        givenBy: 'council',
        noticeGivenOn: '2021-03-01',
        effectiveOn: '2021-09-01',
        reason: 'Redesign',
        reviewId: null,
      },
    };
    const entry = await registerOn([conceived, lot, live, notice], '2022-01-01');
    expect(entry.phase).toBe('ended-termination-not-recorded');
    expect(entry.deadlines).toMatchObject([
      { kind: 'termination-effective', dueOn: '2021-09-01', overdue: true },
    ]);
  });

  it('on any day, no contract is live, mobilising, contracted or under notice after its end date', async () => {
    const state = await history;
    const anyDay = fc
      .integer({ min: 0, max: 25 * 366 })
      .map((days) => DateTime.fromISO('2010-01-01').plus({ days }).toISODate() ?? '2015-01-01');
    expect(
      contractRegister(state, { today: '2030-01-01' }).flatMap((e) => e.contracts).length,
    ).toBeGreaterThan(3);
    fc.assert(
      fc.property(anyDay, (today) =>
        contractRegister(state, { today })
          .flatMap((e) => e.contracts)
          .every(
            (c) =>
              c.endsOn >= today ||
              c.phase === 'ended-expiry-not-recorded' ||
              c.phase === 'expired' ||
              c.phase === 'terminated',
          ),
      ),
    );
  });
});
