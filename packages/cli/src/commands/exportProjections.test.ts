import { councilStore } from '../testing/councilStore';
import { run } from '../testing/cli';
import { parseJson } from '../testing/json';
import { Projections } from '../testing/outputs';

describe('partnerships export projections', () => {
  it('writes every read model of every partnership as JSON, rebuilt from the log', async () => {
    const ran = await run(['export', 'projections', '--store', 'memory:c', '--format', 'json'], {
      c: await councilStore(),
    });
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    const exported = parseJson(Projections, ran.stdout);
    expect(Object.keys(exported)).toEqual([
      'readOn',
      'asOf',
      'eventsRead',
      'contractValue',
      'performance',
      'register',
      'auditTimeline',
    ]);
    expect(exported.contractValue.map((v) => v.partnershipId)).toEqual([
      'central-bedfordshire-cyp-support',
      'stockton-family-support',
    ]);
    const cb = exported.contractValue.find((v) => v.partnershipId === 'central-bedfordshire-cyp-support');
    expect(cb?.maximumValuePence).toBe(15_074_000_00);
    expect(exported.auditTimeline).toHaveLength(exported.eventsRead);
    expect(exported.auditTimeline[0]).toMatchObject({ streamVersion: 1, type: 'PartnershipConceived' });
  });

  it('draws a count of events read on a terminal', async () => {
    const ran = await run(
      ['export', 'projections', '--store', 'memory:c'],
      { c: await councilStore() },
      { stderrIsTTY: true },
    );
    expect(ran.stderr).toMatch(/reading the log \d+ events/);
  });
});
