import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { run, storeWith } from '../testing/cli';
import { parseJson } from '../testing/json';
import { AnyObject, VerifyReport } from '../testing/outputs';

describe('partnerships export heads, then verify --anchor', () => {
  it('given an intact store, then it writes an anchor a later verify accepts while the streams only grow', async () => {
    const store = await storeWith({
      'partnership-stockton': sampleEvents(3),
      'partnership-durham': sampleEvents(2),
    });
    const exported = await run(['export', 'heads', '--store', 'memory:c'], { c: store });
    expect(exported.code).toBe(0);
    const anchor = parseJson(AnyObject, exported.stdout);
    expect(anchor).toMatchObject({
      format: 'council-partnerships/stream-heads',
      formatVersion: 1,
      takenAt: '2025-03-31T16:00:00.000Z',
      store: 'in-memory',
      heads: { 'partnership-stockton': { version: 3 }, 'partnership-durham': { version: 2 } },
    });

    await store.appendToStream('partnership-stockton', sampleEvents(1), { expectedVersion: 3 });
    const file = join(await mkdtemp(join(tmpdir(), 'anchor-')), 'heads.json');
    await writeFile(file, exported.stdout);
    const later = await run(['verify', '--store', 'memory:c', '--anchor', file], { c: store });
    expect(later.code).toBe(0);
    expect(later.stdout).toMatch(/Compared with the anchor taken 2025-03-31T16:00:00.000Z \(2 streams\)/);
  });

  it('given the last event rewritten with its hash recomputed since the anchor, then verify --anchor exits 1', async () => {
    const store = await storeWith({ 'partnership-stockton': sampleEvents(3) });
    const anchor = (await run(['export', 'heads', '--store', 'memory:c'], { c: store })).stdout;
    store.tamperWithRow('partnership-stockton', 3, (json) => {
      const row = JSON.parse(json) as RecordedEvent;
      return JSON.stringify({ ...row, hash: 'e'.repeat(64) });
    });
    const ran = await run(
      ['verify', '--store', 'memory:c', '--anchor', 'heads.json', '--json'],
      { c: store },
      { readFile: () => Promise.resolve(anchor) },
    );
    expect(ran.code).toBe(1);
    expect(parseJson(VerifyReport, ran.stdout).problems.map((p) => p.kind)).toEqual([
      'altered-event',
      'rewritten-stream',
    ]);
  });

  it('given a file that is not an anchor, then verify names it in one line and exits 2', async () => {
    const store = await storeWith({ s: sampleEvents(1) });
    const ran = await run(
      ['verify', '--store', 'memory:c', '--anchor', 'x.json'],
      { c: store },
      { readFile: () => Promise.resolve('{"heads": 3}') },
    );
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /^partnerships: InvalidInput: x.json is not an anchor file: anchor: format must be/,
    );
  });

  it('refuses to anchor a history that is already tampered with, exiting 1', async () => {
    const store = await storeWith({ s: sampleEvents(2) });
    store.tamperWithRow('s', 1, (json) => json.replace('"amountPence":1234', '"amountPence":1'));
    const ran = await run(['export', 'heads', '--store', 'memory:c'], { c: store });
    expect(ran).toMatchObject({ code: 1, stdout: '' });
    expect(ran.stderr).toMatch(/^partnerships: Tampered: not anchoring a history with 1 integrity problem/);
  });
});
