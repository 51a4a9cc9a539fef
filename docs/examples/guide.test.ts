import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordAndReport } from './guide';
import { quickStart } from './quick-start';

const guide = readFileSync(join(__dirname, '..', 'embedding.md'), 'utf8');
const source = (file: string) => readFileSync(join(__dirname, file), 'utf8');

/** The regions of a file marked `// #region name` … `// #endregion name`, as the guide shows them. */
const regions = (text: string): Map<string, string> => {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/^ *\/\/ #region (\S+)\n([\s\S]*?)^ *\/\/ #endregion \1\n/gm)) {
    const lines = match[2]!.replace(/\n$/, '').split('\n');
    const indent = Math.min(
      ...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length),
    );
    found.set(match[1]!, lines.map((l) => l.slice(indent)).join('\n'));
  }
  return found;
};

describe("the embedders' guide", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'guide-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the quick start and every region of the worked example exactly as the files that run', () => {
    expect(guide).toContain('```ts\n' + source('quick-start.ts') + '```');
    const domainReadme = readFileSync(join(__dirname, '..', '..', 'packages', 'domain', 'README.md'), 'utf8');
    expect(domainReadme).toContain('```ts\n' + source('quick-start.ts') + '```');
    const shown = regions(source('guide.ts'));
    expect([...shown.keys()]).toEqual(['wire', 'send', 'lifecycle', 'performance', 'read']);
    for (const [name, text] of shown)
      expect({ name, shown: guide.includes('```ts\n' + text + '\n```') }).toEqual({ name, shown: true });
  });

  it('quick start: records a partnership on a SQLite file', async () => {
    expect(await quickStart(join(dir, 'quick.sqlite'))).toEqual([
      'partnership-family-support v1 PartnershipConceived',
    ]);
  });

  it('worked example: a partnership from concept to a live contract, its value, performance and register', async () => {
    const { worth, scorecard, register } = await recordAndReport(join(dir, 'guide.sqlite'));
    expect(worth?.annualValuePence).toBe(400_000_00);
    expect(worth?.committedValuePence).toBe(2_000_000_00);
    const familyTime = scorecard?.contracts.find((c) => c.contractId === 'family-time');
    expect(familyTime?.scorecards[0]?.overallRag).toBe('amber');
    expect(register).toMatch(
      /\r\nfamily-time,Family time,Stockton-on-Tees Borough Council,Children's services,/,
    );
  });
});
