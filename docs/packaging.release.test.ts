import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a council developer gets from the registry: the packages packed as they would be published,
 * installed into a project of its own, used from an ES module, from CommonJS and from strict
 * TypeScript (skipLibCheck off), following the guide's quick start. Needs `pnpm build` first.
 */
const root = join(__dirname, '..');
const packages = ['domain', 'testing', 'projections', 'adapters', 'cli'];
// The consumer links the drivers and compiler this repository already installed (no native rebuild).
const installed = (name: string) => realpathSync(join(root, 'node_modules', name));
const fromExamples = (name: string) => realpathSync(join(root, 'examples', 'node_modules', name));

const run = (cwd: string, command: string, args: string[]) => {
  const ran = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (ran.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${ran.stdout}\n${ran.stderr}`);
  return ran.stdout;
};

describe('the packed packages in a project of their own', () => {
  let project: string;
  let packed: Record<string, string> = {};

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'council-partnerships-consumer-'));
    const packs = join(project, 'packs');
    const tarball: Record<string, string> = {};
    for (const name of packages) {
      execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: join(root, 'packages', name) });
      tarball[`@council-partnerships/${name}`] = `file:${join(
        packs,
        readdirSync(packs).find((f) => f.includes(`-${name}-`))!,
      )}`;
    }
    packed = tarball;
    const manifest = {
      name: 'council-system',
      private: true,
      dependencies: {
        '@council-partnerships/domain': tarball['@council-partnerships/domain'],
        '@council-partnerships/adapters': tarball['@council-partnerships/adapters'],
        'better-sqlite3': `link:${fromExamples('better-sqlite3')}`,
        typescript: `link:${installed('typescript')}`,
        '@types/node': `link:${installed('@types/node')}`,
      },
      devDependencies: { '@council-partnerships/testing': tarball['@council-partnerships/testing'] },
      pnpm: { overrides: tarball },
    };
    writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
    run(project, 'pnpm', ['install', '--prefer-offline', '--config.reporter=silent']);
    for (const file of ['record.mjs', 'record.cjs', 'conceive.json', 'quick-start.ts'])
      copyFileSync(join(__dirname, 'examples', file), join(project, file));
  }, 600_000);

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  /** The consumer's own TypeScript, strict, checking the packages' declarations too (skipLibCheck off). */
  const strictTsc = (...args: string[]) =>
    run(project, 'node', [
      join(project, 'node_modules', 'typescript', 'bin', 'tsc'),
      ...['--strict', '--skipLibCheck', 'false', '--target', 'ES2022', '--types', 'node'],
      ...args,
    ]);

  it('installs neither the PostgreSQL driver nor gRPC for a SQLite user', () => {
    const modules = readdirSync(join(project, 'node_modules', '.pnpm'));
    expect(modules.filter((m) => /^(pg@|@grpc|@eventstore)/.test(m))).toEqual([]);
    expect(modules.filter((m) => /^jest@/.test(m))).toEqual([]);
  });

  // Specifications and their support files stay in the repository; only the test kit publishes its own.
  it.each(packages)('ships no specifications or test support in %s', (name) => {
    const tarball = packed[`@council-partnerships/${name}`]!.replace(/^file:/, '');
    const files = run(project, 'tar', ['-tzf', tarball]).split('\n');
    expect(files.filter((file) => file.startsWith('package/dist/'))).not.toEqual([]);
    expect(files.filter((file) => /\.test\.|\/testing\/|testSupport|fixtures|stories/i.test(file))).toEqual(
      [],
    );
  });

  it('records a partnership on SQLite from an ES module', () => {
    expect(run(project, 'node', ['record.mjs', 'esm.sqlite'])).toBe(
      'partnership-family-support v1 PartnershipConceived\n',
    );
  });

  it('records a partnership on SQLite from CommonJS', () => {
    expect(run(project, 'node', ['record.cjs', 'cjs.sqlite'])).toBe(
      'partnership-family-support v1 PartnershipConceived\n',
    );
  });

  it('type-checks in strict TypeScript with skipLibCheck off, as CommonJS and as ES modules, and runs', () => {
    writeFileSync(
      join(project, 'main.ts'),
      "import { quickStart } from './quick-start';\n" +
        "void quickStart('ts.sqlite').then((lines) => console.log(lines.join('\\n')));\n",
    );
    strictTsc('--module', 'nodenext', '--outDir', 'out', 'main.ts');
    strictTsc('--module', 'nodenext', '--noEmit', 'record.mjs', '--allowJs', '--checkJs');
    strictTsc('--module', 'commonjs', '--moduleResolution', 'node10', '--noEmit', 'main.ts');
    expect(run(project, 'node', ['out/main.js'])).toBe(
      'partnership-family-support v1 PartnershipConceived\n',
    );
  });

  it('type-checks and runs the adapter contract with Node’s own test runner, without Jest', () => {
    writeFileSync(
      join(project, 'contract.test.mjs'),
      [
        "import { describe, it, beforeEach, afterEach } from 'node:test';",
        "import { eventStoreContract } from '@council-partnerships/testing';",
        "import { createInMemoryEventStore } from '@council-partnerships/adapters/memory';",
        'eventStoreContract(',
        "  'in-memory',",
        '  async () => { const store = createInMemoryEventStore(); return { store, close: () => store.close() }; },',
        '  { runner: { describe, it, beforeEach, afterEach } },',
        ');',
        '',
      ].join('\n'),
    );
    // The kit's declarations hold in strict TypeScript, and Node's runner fits the kit's TestRunner.
    strictTsc('--module', 'nodenext', '--noEmit', '--allowJs', '--checkJs', 'contract.test.mjs');
    const output = run(project, 'node', ['--test', 'contract.test.mjs']);
    expect(output).toMatch(/# fail 0/);
    expect(output).toMatch(/# pass [1-9]\d+/);
  });
});
