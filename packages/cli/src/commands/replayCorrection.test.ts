import * as t from 'io-ts';
import { createInMemoryEventStore, InMemoryEventStore } from '@council-partnerships/adapters';
import { createPartnershipHandler } from '@council-partnerships/domain';
import {
  castFor,
  createStoryClock,
  policyOf,
  recordSeed,
  stockton,
  stocktonTold,
} from '@council-partnerships/seeds';
import { command, testEventId } from '@council-partnerships/testing';
import { run } from '../testing/cli';
import { parseJson } from '../testing/json';

const P = stockton.partnershipId;
const MODULE = stocktonTold.modules[0].id;
/** When the correction reached the council's system: well after the module's dates were entered. */
const CORRECTED_AT = '2025-09-01T09:00:00.000Z';

const RegisterOfReplay = t.type({
  register: t.type({
    annualValuePence: t.number,
    contracts: t.array(
      t.type({ contractId: t.string, phase: t.string, endsOn: t.string, annualValuePence: t.number }),
    ),
  }),
});

/**
 * Stockton to its embedded modules, then, recorded on 1 September 2025, a correction: the first
 * module's end was keyed as 30 June 2027 where its contract says 30 June 2025.
 */
const correctedStore = async (): Promise<InMemoryEventStore> => {
  const story = createStoryClock();
  let fixed: Date | null = null;
  const store = createInMemoryEventStore({ clock: () => fixed ?? story.now() });
  await recordSeed(store, stockton, { range: { to: 'embedded' }, newEventId: testEventId, clock: story });
  fixed = new Date(CORRECTED_AT);
  const handle = createPartnershipHandler({ store, policy: policyOf(stockton), newEventId: testEventId });
  const cast = castFor('stockton', 'Stockton-on-Tees Borough Council', 'partner');
  const corrected = await handle(
    command(
      'CorrectContractDates',
      {
        partnershipId: P,
        contractId: MODULE,
        correctionId: 'fix-module-end',
        correctedOn: '2025-09-01',
        reason: 'the module contract runs three years, to 30 June 2025; five years were keyed',
        endsOn: '2025-06-30',
      },
      cast.legal,
    ),
  );
  if (corrected._tag === 'Left') throw new Error(corrected.left.message);
  return store;
};

describe('partnerships replay --as-of … --recorded-by …, given a correction recorded later', () => {
  let store: InMemoryEventStore;
  beforeAll(async () => {
    store = await correctedStore();
  });

  /** The register as the replay reads it on 1 January 2026, from what was recorded by `recordedBy`. */
  const registerOn = async (recordedBy: string) => {
    const ran = await run(
      [
        'replay',
        '--store',
        'memory:c',
        '--partnership',
        P,
        '--as-of',
        '2026-01-01',
        '--recorded-by',
        recordedBy,
        '--json',
      ],
      { c: store },
    );
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    const { register } = parseJson(RegisterOfReplay, ran.stdout);
    return {
      running: register.annualValuePence,
      module: register.contracts.find((c) => c.contractId === MODULE),
    };
  };

  it('as recorded before the correction, shows the module live to the end first entered; after it, ended on the corrected end and no longer running', async () => {
    const before = await registerOn('2025-08-31T23:59:59Z');
    expect(before.module).toMatchObject({ phase: 'live', endsOn: '2027-06-30' });
    const after = await registerOn('2025-09-01T09:00:01Z');
    expect(after.module).toMatchObject({ phase: 'ended-expiry-not-recorded', endsOn: '2025-06-30' });
    // The partnership's value a year running loses the module's annual value.
    expect(before.running - after.running).toBe(stocktonTold.modules[0].annual);
  });

  it('lists the correction in the timeline as such, with the dates before and after', async () => {
    const ran = await run(['timeline', '--store', 'memory:c', '--partnership', P], { c: store });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(
      /Contract dates corrected .*fix-module-end.*2022-07-01 to 2027-06-30 corrected to 2022-07-01 to 2025-06-30/,
    );
  });
});
