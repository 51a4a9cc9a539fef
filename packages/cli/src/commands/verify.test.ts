import { left } from 'fp-ts/Either';
import { hashEvent, RecordedEvent, storeUnavailable } from '@council-partnerships/domain';
import { rewriteRow, sampleEvents, swapStreamVersions } from '@council-partnerships/testing';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForAudit } from '../defaultIo';
import { run, storeWith } from '../testing/cli';
import { parseJson } from '../testing/json';
import { VerifyReport } from '../testing/outputs';

const twoPartnerships = () =>
  storeWith({ 'partnership-stockton': sampleEvents(4), 'partnership-leicestershire': sampleEvents(3) });

describe('partnerships verify', () => {
  it('given an untouched store, then it says intact and exits 0', async () => {
    const ran = await run(['verify', '--store', 'memory:council'], { council: await twoPartnerships() });
    expect(ran).toEqual({
      code: 0,
      stdout: 'Intact: every hash chain recomputes for 2 streams, 7 events in the in-memory store.\n',
      stderr: '',
    });
  });

  it('given an empty store, then it says so, so that a wrong --store is noticed', async () => {
    const ran = await run(['verify', '--store', 'memory:empty'], { empty: await storeWith({}) });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/holds no events at all: check that --store names the store you meant/);
  });

  it('given an edited row, then it lists the altered event and exits 1', async () => {
    const store = await twoPartnerships();
    store.tamperWithRow('partnership-stockton', 3, (json) =>
      json.replace('"amountPence":1234', '"amountPence":99'),
    );
    const ran = await run(['verify', '--store', 'memory:council'], { council: store });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^TAMPERED: 1 problem found in 2 streams, 7 events in the in-memory store\./);
    expect(ran.stdout).toMatch(/1 {2}altered-event\s+partnership-stockton\s+3 /);
    expect(ran.stdout).toMatch(/1\. event .* at version 3 was changed after it was recorded/);
  });

  it('given swapped versions and a rewritten, rehashed row, then --json counts each kind', async () => {
    const store = await twoPartnerships();
    swapStreamVersions(store, 'partnership-stockton', 1, 2);
    store.tamperWithRow(
      'partnership-leicestershire',
      2,
      rewriteRow((row: RecordedEvent) => {
        const edited = { ...row, data: { amountPence: 1 } };
        return { ...edited, hash: hashEvent(edited) };
      }),
    );
    const ran = await run(['verify', '--store', 'memory:council', '--json'], { council: store });
    expect(ran.code).toBe(1);
    const report = parseJson(VerifyReport, ran.stdout);
    expect(report).toMatchObject({
      store: 'in-memory',
      intact: false,
      streamsChecked: 2,
      eventsChecked: 7,
      problemCounts: { 'reordered-events': 1, 'altered-event': 1, 'deleted-event': 0 },
    });
    expect(report.problems.map((p) => [p.kind, p.streamVersion])).toEqual([
      ['reordered-events', 1],
      ['altered-event', 2],
    ]);
  });

  it('given a row the store cannot read, then it is reported as a corrupt row and exits 1', async () => {
    const store = await twoPartnerships();
    store.tamperWithRow('partnership-leicestershire', 2, (json) => json.slice(0, 20));
    const ran = await run(['verify', '--store', 'memory:council'], { council: store });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/corrupt-row\s+partnership-leicestershire\s+2 /);
  });

  it('given a bad connection string, then one line names the problem and it exits 2', async () => {
    const ran = await run(['verify', '--store', 'mysql://nowhere']);
    expect(ran).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'partnerships: InvalidInput: connection string mysql://nowhere names no store this build can open\n',
    });
  });

  it('given no store at all, then it says how to name one and exits 2', async () => {
    const ran = await run(['verify']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/pass --store <connection string> or set PARTNERSHIPS_STORE/);
  });

  it('takes the store from PARTNERSHIPS_STORE when --store is not given', async () => {
    const ran = await run(
      ['verify'],
      { council: await twoPartnerships() },
      { env: { PARTNERSHIPS_STORE: 'memory:council' } },
    );
    expect(ran.code).toBe(0);
  });

  it('given a store that cannot be reached, then it could not verify: exit 2', async () => {
    const store = await twoPartnerships();
    const down = {
      ...store,
      listStreams: () =>
        Promise.resolve(left(storeUnavailable(new Error('connect ECONNREFUSED 127.0.0.1:5432')))),
    };
    const ran = await run(['verify', '--store', 'memory:down'], { down });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      'partnerships: StoreUnavailable: the event store could not be reached or failed: connect ECONNREFUSED 127.0.0.1:5432\n',
    );
  });

  it('given a SQLite path with nothing there, then it creates nothing and could not verify: exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-missing-'));
    const file = join(dir, 'evnets.sqlite');
    const ran = await run(['verify', '--store', file], {}, { openStore: openForAudit });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`there is no SQLite file at ${file}; nothing was created`);
    expect(existsSync(file)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts the events checked on stderr only when stderr is a terminal', async () => {
    const stores = { council: await twoPartnerships() };
    const onTerminal = await run(['verify', '--store', 'memory:council'], stores, { stderrIsTTY: true });
    expect(onTerminal.stderr).toMatch(/verifying 7 events checked \(2\/2 streams, last partnership-/);
    expect(onTerminal.stderr.endsWith('\r\x1b[K')).toBe(true);
    const inPipe = await run(['verify', '--store', 'memory:council'], stores);
    expect(inPipe.stderr).toBe('');
  });
});
