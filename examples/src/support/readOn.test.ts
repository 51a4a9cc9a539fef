import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { scenarios } from '../scenarios';
import { parseArgs, readOnOf } from './cli';
import { runDefinition } from './scenario';

describe('the demo reads the register on a date the caller gives', () => {
  it('reads on the clock’s London date unless --as-of names another', () => {
    const args = parseArgs(['--memory']);
    const asOf = parseArgs(['--memory', '--as-of', '2030-01-01']);
    if ('error' in args || 'error' in asOf) throw new Error('arguments refused');
    expect(readOnOf(args, new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
    expect(readOnOf(args, new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(readOnOf(asOf)).toBe('2030-01-01');
    expect(parseArgs(['--as-of', '1/12/2026'])).toEqual({ error: '--as-of needs a date written YYYY-MM-DD' });
  });

  it('read on 1 December 2026, no contract of any seed is live past its end date, and every seed figure stands', async () => {
    const store = createInMemoryEventStore();
    try {
      for (const definition of scenarios) {
        const result = await runDefinition(definition, store, { readOn: '2026-12-01' });
        expect(result.run.unexpected).toEqual([]);
        expect(result.registerDate).toBe('2026-12-01');
        for (const c of result.register?.contracts ?? []) {
          if (c.endsOn < '2026-12-01') expect(c.phase).not.toBe('live');
        }
        for (const c of result.performance?.contracts ?? [])
          expect(c.status === 'live').toBe(
            (result.register?.contracts ?? []).some(
              (r) => r.contractId === c.contractId && r.phase === 'live',
            ),
          );
      }
    } finally {
      await store.close();
    }
  });

  it('Central Bedfordshire’s lots, ended August 2024 with no expiry recorded, are shown as such with the records overdue', async () => {
    const store = createInMemoryEventStore();
    const cbc = scenarios.find((s) => s.key === 'centralBedfordshire');
    if (cbc === undefined) throw new Error('no Central Bedfordshire scenario');
    try {
      const result = await runDefinition(cbc, store, { readOn: '2026-12-01' });
      expect(result.register?.phase).toBe('ended-expiry-not-recorded');
      expect(result.register?.contracts.map((c) => c.phase)).toEqual(
        Array(7).fill('ended-expiry-not-recorded'),
      );
      expect(result.register?.deadlines.filter((d) => d.overdue && d.kind === 'expiry')).toHaveLength(7);
      expect(result.phase.phase).toBe('ended');
      expect(result.figures['maximumCommitmentAfterSavingsPence']).toBe(1_507_400_000);
    } finally {
      await store.close();
    }
  });
});
