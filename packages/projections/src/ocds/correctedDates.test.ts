import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore, PartnershipEvent, proRata } from '@council-partnerships/domain';
import { recordSeeds, seeds, stockton } from '@council-partnerships/seeds';
import { testEventId } from '@council-partnerships/testing';
import { AsOf } from '../asOf';
import { lastDayOfTerm } from '../dates';
import { monthsFromTo } from '../contractValue/schedule';
import { appendFacts } from '../testing/partnershipLog';
import { manualClock } from '../testing/sampleLedger';
import { ocdsReferenceProblems, ocdsSchemaProblems } from '../testing/ocdsSchema';
import { rebuiltState } from '../testing/rebuilt';
import { ocdsProjection } from './projection';
import { OcdsContract, OcdsState } from './state';
import { ocdsReleasePackage } from './view';
import { endOfDay, poundsFromPence, startOfDay } from './values';

const options = { ocidPrefix: 'ocds-h6vhtk', publisher: { name: 'Example Council' } };
const P = stockton.partnershipId;

interface Release {
  tag: string[];
  contracts?: {
    id: string;
    period: { startDate: string; endDate: string; durationInMonths: number; maxExtentDate: string };
    value: { amount: number };
    amendments?: { id: string; date: string; description: string; rationale: string }[];
  }[];
}

const releasesOf = (state: OcdsState): Release[] => {
  const made = ocdsReleasePackage(state, { ...options, partnershipId: P });
  if (made._tag === 'Left') throw new Error(made.left.message);
  expect(ocdsSchemaProblems(made.right.package)).toEqual([]);
  expect(ocdsReferenceProblems(made.right.package)).toEqual([]);
  return made.right.package['releases'] as Release[];
};

/** The seeds recorded on 1 January 2026; the end of Stockton's first priced contract corrected on 1 June 2026. */
const recorded = async (): Promise<{
  store: EventStore;
  contract: OcdsContract;
  correction: PartnershipEvent;
}> => {
  const time = manualClock('2026-01-01T09:00:00Z');
  const store = createInMemoryEventStore({ clock: time.clock });
  await recordSeeds(store, seeds, { newEventId: testEventId });
  const contract = (await rebuiltState(store, ocdsProjection)).partnerships[P]?.contracts.find(
    (c) => c.annualValuePence > 0,
  );
  if (contract === undefined) throw new Error(`no contract of ${P}`);
  // Keyed three months too long: the contract ends three months earlier.
  const months = monthsFromTo(contract.startsOn, contract.endsOn);
  const correction: PartnershipEvent = {
    type: 'ContractDatesCorrected',
    data: {
      partnershipId: P,
      contractId: contract.contractId,
      correctionId: 'fix-end',
      correctedOn: '2026-06-01',
      reason: 'the contract runs three months less than was keyed',
      correctedBy: { id: 'legal-1', role: 'legal' },
      previousStartsOn: contract.startsOn,
      previousEndsOn: contract.endsOn,
      startsOn: contract.startsOn,
      endsOn: lastDayOfTerm(contract.startsOn, months - 3),
    },
  };
  time.set('2026-06-01T09:00:00Z');
  await appendFacts(store, [correction], { occurredAt: '2026-06-01T10:00:00.000+01:00' });
  return { store, contract, correction };
};

const contractReleases = async (store: EventStore, contractId: string, asOf: AsOf = {}) =>
  releasesOf(await rebuiltState(store, ocdsProjection, { asOf })).filter((r) =>
    r.contracts?.some((c) => c.id === contractId),
  );

describe('OCDS releases of a contract whose dates were corrected', () => {
  it('given the end corrected three months earlier, then an update release gives the corrected period and an amendment naming the correction, and validates', async () => {
    const { store, contract, correction } = await recorded();
    const releases = await contractReleases(store, contract.contractId);
    const latest = releases[releases.length - 1];
    expect(latest?.tag).toEqual(['contractUpdate']);
    const published = latest?.contracts?.[0];
    expect(published?.period).toMatchObject({
      startDate: startOfDay(contract.startsOn),
      endDate: endOfDay(correction.type === 'ContractDatesCorrected' ? correction.data.endsOn : ''),
      durationInMonths: contract.initialTermMonths + contract.extensionMonths - 3,
    });
    // Priced from its annual value: three months less of it.
    expect(contract.annualValuePence).toBeGreaterThan(0);
    expect(contract.initialTermValuePence).toBe(
      proRata(contract.annualValuePence, contract.initialTermMonths),
    );
    expect(published?.value.amount).toBe(
      poundsFromPence(
        contract.valuePence -
          (contract.initialTermValuePence -
            proRata(contract.annualValuePence, contract.initialTermMonths - 3)),
      ),
    );
    const corrected = lastDayOfTerm(contract.startsOn, monthsFromTo(contract.startsOn, contract.endsOn) - 3);
    expect(published?.amendments).toEqual([
      {
        id: 'fix-end',
        date: startOfDay('2026-06-01'),
        description: `dates entered wrongly corrected: ${contract.startsOn} to ${contract.endsOn} corrected to ${contract.startsOn} to ${corrected}`,
        rationale: 'the contract runs three months less than was keyed',
      },
    ]);
  });

  it('as recorded before the correction, publishes nothing of it: the period first keyed', async () => {
    const { store, contract } = await recorded();
    const releases = await contractReleases(store, contract.contractId, {
      recordedBy: '2026-05-31T23:59:59Z',
    });
    expect(releases.some((r) => r.tag.includes('contractUpdate'))).toBe(false);
    expect(releases[releases.length - 1]?.contracts?.[0]?.period.endDate).toBe(endOfDay(contract.endsOn));
  });
});
