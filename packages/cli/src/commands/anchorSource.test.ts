import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleEvents } from '@council-partnerships/testing';
import { expectRefusedInOneLine, run, storeWith } from '../testing/cli';
import { parseJson } from '../testing/json';
import { Anchor, AnyObject } from '../testing/outputs';
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
    if (first._tag === 'Left') throw new Error(first.left.message);
    expect(parseJson(Anchor, exported.stdout).source).toEqual({
      connection: 'memory:c',
      firstEventId: first.right.events[0]!.eventId,
    });
  });

  it('given an anchor from another store, then verify says so in one line and exits 2, not 1', async () => {
    const stores = {
      a: await storeWith({ 'partnership-stockton': sampleEvents(2) }),
      b: await storeWith({ 'partnership-durham': sampleEvents(3) }),
    };
    const anchor = await anchorFile((await run(['export', 'heads', '--store', 'memory:a'], stores)).stdout);
    const ran = await run(['verify', '--store', 'memory:b', '--anchor', anchor], stores);
    expectRefusedInOneLine(
      ran,
      /^partnerships: AnchorFromAnotherStore: .*heads\.json was taken from another store \(memory:a, first event [0-9a-f-]+\)/,
    );
  });

  it('given the same store with its first event deleted, then it is still verified as tampering (exit 1)', async () => {
    const store = await storeWith({ 'partnership-stockton': sampleEvents(3) });
    const anchor = await anchorFile(
      (await run(['export', 'heads', '--store', 'memory:c'], { c: store })).stdout,
    );
    store.tamperWithRow('partnership-stockton', 1, (json) =>
      JSON.stringify({ ...parseJson(AnyObject, json), eventId: '00000000-0000-7000-8000-000000000001' }),
    );
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
