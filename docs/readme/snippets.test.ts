import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readSnippets, regionsOf, shownText, SnippetProblem } from './snippets';

/**
 * Every TypeScript or JavaScript block of every markdown page in the repository is a file under
 * docs/examples/ (type-checked with the rest of the code by the root tsconfig, and run by a test
 * beside it), shown exactly: a block without a marker, a marker naming a missing file or region, a
 * block that differs from its file, or a file no test runs, fails here.
 */
const ROOT = join(__dirname, '..', '..');
const EXAMPLES = 'docs/examples/';
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'coverage']);

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [relative(ROOT, path)] : [];
  });

/** The text of every test under docs/examples/, to find the one that runs a snippet's file. */
const exampleTests = (): string[] =>
  readdirSync(join(ROOT, EXAMPLES))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => readFileSync(join(ROOT, EXAMPLES, f), 'utf8'));

/** A test runs a file when it imports it (`from './x'`) or names it (`'x.js'`, for a script it spawns). */
const runBy = (tests: readonly string[], source: string): boolean => {
  const name = source.slice(EXAMPLES.length);
  const stem = name.replace(/\.[cm]?[jt]s$/, '');
  const named = new RegExp(`['"](\\./)?(${stem}|${name.replace(/\./g, '\\.')})['"]`);
  return tests.some((test) => named.test(test));
};

const fence = '```';

describe('reading the snippets a page shows', () => {
  it('takes a marked block with the file and region it names', () => {
    const page = `Intro\n<!-- snippet: docs/examples/a.ts#wire -->\n${fence}ts\nconst a = 1;\n${fence}\n`;
    expect(readSnippets('X.md', page)).toEqual({
      snippets: [
        {
          file: 'X.md',
          line: 3,
          source: 'docs/examples/a.ts',
          region: 'wire',
          text: 'const a = 1;\n',
        },
      ],
      problems: [],
    });
  });

  it('refuses a code block with no marker above it, and leaves other languages alone', () => {
    const page = `${fence}js\nx()\n${fence}\n\n${fence}sh\npnpm test\n${fence}\n${fence}text\nx\n${fence}\n`;
    const { snippets, problems } = readSnippets('X.md', page);
    expect(snippets).toEqual([]);
    expect(problems.map((p) => p.line)).toEqual([1]);
  });

  it('refuses a marker not followed at once by a code block, and a marker misspelt', () => {
    const page = `<!-- snippet: docs/examples/a.ts -->\n\n${fence}ts\nx\n${fence}\n<!-- snippet docs/examples/a.ts -->\n`;
    const { problems } = readSnippets('X.md', page);
    expect(problems.map((p) => p.line)).toEqual([1, 3, 6]);
  });

  it('cuts a region out of its file and takes off the indent it has there', () => {
    const source = 'const f = () => {\n  // #region r\n  if (x) {\n    y();\n  }\n  // #endregion r\n};\n';
    expect(regionsOf(source)).toEqual(new Map([['r', 'if (x) {\n  y();\n}\n']]));
    expect(shownText(source, 'r')).toBe('if (x) {\n  y();\n}\n');
    expect(shownText(source, 'other')).toBeNull();
    expect(shownText(source, null)).toBe(source);
  });
});

describe('the snippets every page shows', () => {
  const pages = markdownFiles(ROOT);
  const tests = exampleTests();
  const read = pages.map((page) => readSnippets(page, readFileSync(join(ROOT, page), 'utf8')));
  const snippets = read.flatMap((r) => r.snippets);

  it('finds the pages and their snippets', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['README.md', 'docs/embedding.md', 'packages/domain/README.md']),
    );
    expect(snippets.length).toBeGreaterThan(10);
  });

  it('has every TypeScript and JavaScript block marked with the file it comes from', () => {
    expect(read.flatMap((r) => r.problems)).toEqual([]);
  });

  it('shows each file (or region) exactly as it is, from docs/examples/, run by a test there', () => {
    const problems: SnippetProblem[] = [];
    for (const s of snippets) {
      const at = (message: string) => problems.push({ file: s.file, line: s.line, message });
      if (!s.source.startsWith(EXAMPLES)) at(`${s.source} is not under ${EXAMPLES}`);
      else if (!existsSync(join(ROOT, s.source))) at(`${s.source} does not exist`);
      else {
        const expected = shownText(readFileSync(join(ROOT, s.source), 'utf8'), s.region);
        if (expected === null) at(`${s.source} has no region ${s.region}`);
        else if (expected !== s.text)
          at(`the block differs from ${s.source}${s.region ? `#${s.region}` : ''}`);
        if (!s.source.endsWith('.test.ts') && !runBy(tests, s.source))
          at(`no test in ${EXAMPLES} imports or runs ${s.source}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
