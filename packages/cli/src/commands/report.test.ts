import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { councilStore } from '../testing/councilStore';
import { expectRefusedInOneLine, run } from '../testing/cli';
import { parseJson } from '../testing/json';
import { AnyObject } from '../testing/outputs';

/** The council's store with the third event of Stockton's history redated in the table. */
const tamperedStore = async () => {
  const store = await councilStore();
  store.tamperWithRow('partnership-stockton-family-support', 3, (json) =>
    JSON.stringify({ ...parseJson(AnyObject, json), occurredAt: '2020-01-01T00:00:00.000Z' }),
  );
  return store;
};
const outFile = async (): Promise<string> => join(await mkdtemp(join(tmpdir(), 'report-')), 'report.html');

describe('partnerships report', () => {
  it('writes one self-contained HTML file: verification first, then every section, charts as inline SVG', async () => {
    const out = await outFile();
    const ran = await run(
      ['report', '--store', 'memory:c', '--partnership', 'stockton-family-support', '--out', out],
      { c: await councilStore() },
    );
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(
      /^Wrote .*report\.html: 1 partnership\(s\), 3 chart\(s\); the history verifies \(intact\)\.\n$/,
    );
    const html = await readFile(out, 'utf8');
    const verification = html.indexOf('Verification: intact');
    expect(verification).toBeGreaterThan(0);
    for (const heading of [
      'Lifecycle',
      'Contract value over time',
      'Performance: KPI RAG by quarter',
      'Open-book claims',
      'Modifications',
      'Corrections',
      'Deadlines',
    ]) {
      expect(html.indexOf(`<h3>${heading}</h3>`)).toBeGreaterThan(verification);
    }
    expect(html.match(/<figure class="chart" data-chart="(lifecycle|value|rag)"><svg /g)).toHaveLength(3);
    // Stockton's quarterly returns are drawn as a grid, not left out.
    expect(html).not.toMatch(/No performance return recorded yet\./);
    // Nothing to fetch: no script, no stylesheet link, no image or font from elsewhere.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).toMatch(/@media print\{/);
  });

  it('given a tampered history, then it writes no report and exits 1, naming the altered event', async () => {
    const store = await tamperedStore();
    const out = await outFile();
    const writes: string[] = [];
    const ran = await run(
      ['report', '--store', 'memory:c', '--out', out],
      { c: store },
      {
        writeFile: (path) => {
          writes.push(path);
          return Promise.resolve();
        },
      },
    );
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    expect(writes).toEqual([]);
    expect(ran.stderr).toMatch(
      /\npartnerships: altered-event: stream partnership-stockton-family-support, version 3, event /,
    );
  });

  it('given a tampered history and --allow-tampered, then the report says so at the top', async () => {
    const store = await tamperedStore();
    const out = await outFile();
    const ran = await run(['report', '--store', 'memory:c', '--out', out, '--allow-tampered'], { c: store });
    expect(ran.code).toBe(0);
    expect(ran.stderr).toMatch(/^partnerships: warning: the history read does not verify/);
    expect(ran.stdout).toMatch(/2 partnership\(s\), .*the history is TAMPERED/);
    const html = await readFile(out, 'utf8');
    expect(html.indexOf('Verification: TAMPERED')).toBeLessThan(html.indexOf('<article'));
    expect(html).toMatch(/altered-event/);
  });

  it('escapes what the history says, so a title cannot inject markup', async () => {
    const { escapeHtml } = await import('../report/html');
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;',
    );
  });

  it.each([
    [['--out', 'report.pdf'], /^partnerships: InvalidInput: --out must name an \.html file/],
    [[], /^partnerships: UsageError: required option '--out/],
    [['--partnership', 'nowhere', '--out', 'x.html'], /^partnerships: UnknownPartnership: /],
    [
      ['--out', '/nonexistent-dir/x.html'],
      /^partnerships: OutputFailed: cannot write \/nonexistent-dir\/x\.html/,
    ],
  ])('given %j, then one line says what is wrong and it exits 2', async (args, message) => {
    const ran = await run(['report', '--store', 'memory:c', ...args], { c: await councilStore() });
    expectRefusedInOneLine(ran, message);
  });
});
