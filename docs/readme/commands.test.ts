import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteFile } from '@council-partnerships/cli/testing/drivers';
import { DocumentedCommand, Problem, readTranscripts, unmatchedLine } from './transcripts';

/**
 * Every shell command the READMEs show, run as written: its exit code is the documented one (0
 * unless a transcript says otherwise), what a transcript shows it printing is what it prints, and a
 * file it writes is clean (a CSV starts with its header, JSON parses). A command this file does not
 * know how to run fails the test, so a README cannot gain a command nobody runs.
 *
 * Where commands run: `pnpm …` and `npx …` at the repository root (or where the block's `cd` went);
 * anything else (`partnerships …`, `openssl …`, `cat …`) in a scratch directory standing for a
 * council's own working directory: the package's `partnerships` command on the PATH and the council's
 * store `council.sqlite`, a copy of the demo store.
 */
const ROOT = join(__dirname, '..', '..');

const markdownFiles = (): string[] =>
  [
    'README.md',
    'examples/README.md',
    ...readdirSync(join(ROOT, 'packages')).map((p) => `packages/${p}/README.md`),
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ].filter((f) => existsSync(join(ROOT, f)));

/** Commands CI itself runs, so this test does not: what each would do here is said. */
const CHECKED_BY_CI = new Map<string, string>([
  [
    'npm install -g pnpm@10 && pnpm install && pnpm demo',
    '.ci/run installs pnpm and the dependencies this way; `pnpm demo` is run here on its own',
  ],
  ['pnpm test', 'this test is one of the tests it runs'],
  [
    'npm install @council-partnerships/domain @council-partnerships/projections @council-partnerships/adapters better-sqlite3',
    '`pnpm test:release` installs the packed packages into a project of their own',
  ],
]);

/**
 * Commands that take minutes as written, run smaller. Each substitution keeps the program and its
 * options and only shrinks the work; the benchmarks' measurements in bench-results/ are put back.
 */
const SMALLER = new Map<string, { readonly run: string; readonly why: string }>([
  [
    'pnpm --filter @council-partnerships/examples run bench',
    {
      run: 'BENCH_EVENTS=2000 BENCH_REPS=1 BENCH_SKIP_POSTGRES=1 pnpm --filter @council-partnerships/examples run bench',
      why: 'a million events on two databases, three times: 2,000 on SQLite, once',
    },
  ],
  [
    'npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/rebuild.bench.ts',
    {
      run: 'BENCH_EVENTS=2000 BENCH_REPS=1 BENCH_SKIP_POSTGRES=1 npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/rebuild.bench.ts',
      why: 'a million events on two databases, three times: 2,000 on SQLite, once',
    },
  ],
  [
    'npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json packages/cli/bench/report.bench.ts',
    {
      run: 'BENCH_REPS=1 npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json packages/cli/bench/report.bench.ts',
      why: 'five timed runs of each case: one',
    },
  ],
  [
    'npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json packages/adapters/bench/adapters.bench.ts',
    {
      run: 'BENCH_REPS=1 BENCH_ONLY=sqlite npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json packages/adapters/bench/adapters.bench.ts',
      why: 'five repetitions on two databases: one, on SQLite (BENCH_ONLY writes no report)',
    },
  ],
]);

/** Programs run as written. */
const KNOWN_PROGRAMS = [
  /^pnpm (demo|scenario|simulate|partnerships)\b/,
  /^partnerships\b/,
  /^openssl (genpkey|pkey)\b/,
  /^cat \S+$/,
];

const inScratch = (command: string) => !/^(pnpm|npx|BENCH_\S+=\S+ )/.test(command);

/** A copy of the council's store with someone's changes made directly in its table. */
const tamperedCopy = (scratch: string, name: string, statements: readonly string[]): void => {
  copyFileSync(join(scratch, 'council.sqlite'), join(scratch, name));
  const db = openSqliteFile(join(scratch, name));
  try {
    for (const sql of statements) db.exec(sql);
  } finally {
    db.close();
  }
};

/**
 * What a store has been through before a transcript's command, as the README tells it: done here,
 * with the SQLite driver, as someone with write access to the file could.
 */
const BEFORE = new Map<string, (scratch: string, run: (command: string) => void) => void>([
  [
    // The schema may hold the demo as an earlier version of the stories told it (the machine's
    // database outlives a checkout): the README's command is shown filling a schema of its own.
    'pnpm demo -- --store "postgres://postgres@127.0.0.1:5432/test?schema=partnerships_demo"   # a PostgreSQL schema',
    (_scratch, run) =>
      run(`psql -h 127.0.0.1 -U postgres -d test -q -c 'DROP SCHEMA IF EXISTS partnerships_demo CASCADE'`),
  ],
  [
    // "After someone edited the value of a signed contract in the table, and removed the last event
    // of another stream": the anchor was taken before, from the intact store.
    'partnerships verify --store sqlite:council-edited.sqlite --anchor heads-2025-03-31.json',
    (scratch, run) => {
      run('partnerships export heads --store sqlite:council.sqlite > heads-2025-03-31.json');
      tamperedCopy(scratch, 'council-edited.sqlite', [
        `UPDATE events SET data = replace(data, '"annualValuePence":50000000', '"annualValuePence":55000000')
           WHERE stream_id = 'partnership-stockton-family-support' AND event_type = 'ServiceContractSigned' AND stream_version = 21`,
        `DELETE FROM events WHERE stream_id = 'partnership-south-tees-carers-offer'
           AND stream_version = (SELECT max(stream_version) FROM events WHERE stream_id = 'partnership-south-tees-carers-offer')`,
      ]);
    },
  ],
  [
    // "After someone swapped the global positions of two events of different streams".
    'partnerships verify --store sqlite:council-swapped.sqlite --checkpoint checkpoint-2025-03.txt --public-key log.pub --leaves checkpoint-2025-03.leaves',
    (scratch) =>
      tamperedCopy(scratch, 'council-swapped.sqlite', [
        'UPDATE events SET global_position = -1 WHERE global_position = 12',
        'UPDATE events SET global_position = 12 WHERE global_position = 146',
        'UPDATE events SET global_position = 146 WHERE global_position = -1',
      ]),
  ],
]);

const sh = (command: string, cwd: string, env: NodeJS.ProcessEnv) =>
  spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Files a command writes: its redirect target and its `--out`. */
const writtenFiles = (command: string): string[] =>
  [...command.matchAll(/(?:^|\s)(?:>|--out)\s+("[^"]+"|\S+)/g)]
    .map((m) => m[1]!.replace(/^"|"$/g, ''))
    .filter((f) => f !== '/dev/null');

const checkWritten = (path: string): string | null => {
  if (!existsSync(path)) return `${path} was not written`;
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) {
    try {
      JSON.parse(text);
    } catch {
      return `${path} is not JSON`;
    }
  }
  if (path.endsWith('.csv') && !/^[A-Za-z][^\r\n]*,[^\r\n]*\r?\n/.test(text))
    return `${path} does not start with a header`;
  if (path.endsWith('.html') && !text.startsWith('<!DOCTYPE html>')) return `${path} is not an HTML page`;
  return null;
};

describe('the commands the READMEs show', () => {
  const documented: DocumentedCommand[] = [];
  const problems: Problem[] = [];
  for (const file of markdownFiles()) {
    const read = readTranscripts(file, readFileSync(join(ROOT, file), 'utf8'));
    documented.push(...read.commands);
    problems.push(...read.problems);
  }

  let scratch: string;
  let env: NodeJS.ProcessEnv;
  const benchResults = new Map<string, string>();

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'readme-commands-'));
    const bin = join(scratch, '.bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'partnerships'),
      `#!/bin/sh\nexec node ${JSON.stringify(join(ROOT, 'scripts', 'partnerships.mjs'))} "$@"\n`,
      { mode: 0o755 },
    );
    env = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, COLUMNS: '' };
    delete env['COLUMNS'];
    for (const f of readdirSync(join(ROOT, 'bench-results')))
      benchResults.set(f, readFileSync(join(ROOT, 'bench-results', f), 'utf8'));
    // The demo store every example reads, and the council's copy; the first run builds the packages if stale.
    const demo = sh('pnpm demo > /dev/null', ROOT, env);
    if (demo.status !== 0) throw new Error(`pnpm demo failed: ${demo.stderr}`);
    copyFileSync(join(ROOT, 'examples', 'partnerships-demo.sqlite'), join(scratch, 'council.sqlite'));
    const built = sh('partnerships --version', scratch, env);
    if (built.status !== 0) throw new Error(`partnerships --version failed: ${built.stderr}`);
  }, 300_000);

  afterAll(() => {
    for (const [f, text] of benchResults) writeFileSync(join(ROOT, 'bench-results', f), text);
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  });

  it('are all in blocks it reads', () => {
    expect(problems).toEqual([]);
    expect(documented.length).toBeGreaterThan(20);
  });

  it('are each known: run as written, run smaller, or run by CI itself', () => {
    const unknown = documented
      .filter(
        (d) =>
          !CHECKED_BY_CI.has(d.command) &&
          !SMALLER.has(d.command) &&
          !KNOWN_PROGRAMS.some((p) => p.test(d.command)),
      )
      .map((d) => `${d.file}:${d.line}: ${d.command}`);
    expect(unknown).toEqual([]);
  });

  const runnable = documented.filter((d) => !CHECKED_BY_CI.has(d.command));
  it.each(runnable.map((d) => [`${d.file}:${d.line} ${d.command.slice(0, 100)}`, d] as const))(
    '%s',
    (_, d) => {
      const command = SMALLER.get(d.command)?.run ?? d.command;
      const cwd = d.cwd !== null ? join(ROOT, d.cwd) : inScratch(command) ? scratch : ROOT;
      BEFORE.get(d.command)?.(scratch, (setup) => {
        const done = sh(setup, scratch, env);
        if (done.status !== 0) throw new Error(`${setup}: ${done.stderr}`);
      });
      const ran = sh(command, cwd, env);
      const context = `${d.file}:${d.line}: ${command}\nexit ${ran.status}\nstderr: ${ran.stderr.slice(0, 2000)}`;
      expect({ context, exit: ran.status }).toEqual({ context, exit: d.exitCode });
      if (d.shown !== null && d.shown.length > 0) {
        const missing = unmatchedLine(d.shown, ran.stdout + ran.stderr);
        expect({ context, output: ran.stdout + ran.stderr, missing }).toEqual({
          context,
          output: ran.stdout + ran.stderr,
          missing: null,
        });
      }
      for (const file of writtenFiles(command)) {
        const path = join(cwd, file);
        expect({ context, file: checkWritten(path) }).toEqual({ context, file: null });
        // Files written at the root are the reader's, not the repository's.
        if (cwd !== scratch) rmSync(path, { force: true });
      }
      for (const m of command.matchAll(/--store (\/tmp\/\S+\.sqlite)\b/g))
        for (const suffix of ['', '-wal', '-shm']) rmSync(m[1]! + suffix, { force: true });
    },
    180_000,
  );
});
