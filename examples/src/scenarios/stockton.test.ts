import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { stocktonStated } from '@council-partnerships/seeds';
import { runScenario } from './stockton';
import { recordedOnce } from './testSupport';

describe('Stockton-on-Tees (seed 000)', () => {
  // The document states the minimum term and the £2.8m a year the scope may grow to.
  const json = recordedOnce(runScenario, { refusals: [], stated: stocktonStated });

  it('records every command it sends, and is live at the end', () => {
    expect(json().run.commandsRecorded).toBe(json().run.commandsSent);
    expect(json().phase.phase).toBe('live');
  });

  it('holds the market engagement event of Tuesday 17 August 2021, 10:00 to 12:00, nominations via NEPO', () => {
    expect(json().figures['marketEngagementEvent']).toEqual({
      date: '2021-08-17',
      startTime: '10:00',
      endTime: '12:00',
      nominationsVia: 'NEPO',
    });
  });

  it('is worth £1.1m a year at go-live, £5.5m over the minimum 5-year term', () => {
    expect(json().figures['annualValueAtGoLivePence']).toBe(110_000_000);
    expect(json().figures['initialModulesValueOverMinimumTermPence']).toBe(550_000_000);
  });

  it('reaches £2.8m a year only after expansion, within the scope the agreement allows', () => {
    expect(json().figures['annualValueAfterExpansionPence']).toBe(280_000_000);
    expect(json().value?.headroomPence).toBe(0);
    expect(json().performance?.contracts.filter((c) => c.embeddedOn !== null)).toHaveLength(3);
  });

  it('pays the agreed margin on verified expenditure only, to the penny', () => {
    const book = json().value!.openBook;
    expect(book.verifiedPence).toBeLessThanOrEqual(book.claimedPence);
    expect(book.payablePence).toBe(book.verifiedPence + book.marginPence);
    // 8% on each verified claim, rounded half up claim by claim, can differ from 8% of the total by pennies only.
    expect(Math.abs(book.marginPence - Math.round((book.verifiedPence * 800) / 10_000))).toBeLessThanOrEqual(
      24,
    );
  });

  it('is live in the register, and every event is on the audit timeline', () => {
    expect(json().register?.phase).toBe('live');
    expect(json().auditTimeline.entries).toBe(json().run.eventsRecorded);
  });

  it('writes nothing the second time the same script is run (every command id is already recorded)', async () => {
    const store = createInMemoryEventStore();
    const first = await runScenario(store);
    const second = await runScenario(store);
    expect(second.run.commandsReplayed).toBe(first.run.commandsRecorded);
    expect(second.run.commandsRecorded).toBe(0);
    const log = await store.readAll({ limit: 100_000 });
    expect(log._tag === 'Right' && log.right.events.length).toBe(first.run.eventsRecorded);
  });
});
