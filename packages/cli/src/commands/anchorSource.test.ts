import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleEvents } from '@council-partnerships/testing';
import { run, storeWith } from '../testing/cli';
import { withoutPassword } from './anchorSource';

const anchorFile = async (json: string): Promise<string> => {
  const file = join(await mkdtemp(join(tmpdir(), 'anchor-')), 'heads.json');
  await writeFile(file, json);
  return file;
};

describe('an anchor names the store it was taken from', () => {
  it('records the connection and the first event of the log', async () => {
    const store = await storeWith({ 'partnership-stockton': sampleEvents(2) });
    const exported = await run(['export', 'heads', '--store', 'memory:c'], { c: store });
    expect(exported.code).toBe(0);
    const first = await store.readAll({ after: null, limit: 1 });
    expect(JSON.parse(exported.stdout).source).toEqual({
      connection: 'memory:c',
      firstEventId: (first as unknown as { right: { events: { eventId: string }[] } }).right.events[0]!
        .eventId,
    });
  });

  it('given an anchor from another store, then verify says so in one line and exits 2, not 1', async () => {
    const stores = {
      a: await storeWith({ 'partnership-stockton': sampleEvents(2) }),
      b: await storeWith({ 'partnership-durham': sampleEvents(3) }),
    };
    const anchor = await anchorFile((await run(['export', 'heads', '--store', 'memory:a'], stores)).stdout);
    const ran = await run(['verify', '--store', 'memory:b', '--anchor', anchor], stores);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(
      /^partnerships: AnchorFromAnotherStore: .*heads\.json was taken from another store \(memory:a, first event [0-9a-f-]+\)/,
    );
    expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('given the same store with its first event deleted, then it is still verified as tampering (exit 1)', async () => {
    const store = await storeWith({ 'partnership-stockton': sampleEvents(3) });
    const anchor = await anchorFile(
      (await run(['export', 'heads', '--store', 'memory:c'], { c: store })).stdout,
    );
    store.tamperWithRow('partnership-stockton', 1, (json) => {
      const row = JSON.parse(json);
      return JSON.stringify({ ...row, eventId: '00000000-0000-7000-8000-000000000001' });
    });
    const ran = await run(['verify', '--store', 'memory:c', '--anchor', anchor], { c: store });
    expect(ran.code).toBe(1);
  });

  it('never writes a password into the file', () => {
    expect(withoutPassword('postgres://auditor:s3cret@db.council.example:5432/events')).toBe(
      'postgres://auditor:***@db.council.example:5432/events',
    );
    expect(withoutPassword('sqlite:./council.sqlite')).toBe('sqlite:./council.sqlite');
  });
});
