#!/usr/bin/env node
// `pnpm partnerships …`: the auditors' command line from the built JavaScript (about a second to
// start, against several with a TypeScript compiler in memory). After a fresh clone, or when a
// package's sources are newer than its build, the packages are built first; the build's output goes
// to stderr so that `pnpm partnerships export … > file` writes only the command's output.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = ['domain', 'projections', 'adapters', 'cli'];

const newestSource = (dir) => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
};

const isStale = (name) => {
  const packageDir = join(root, 'packages', name);
  const built = join(packageDir, 'dist', 'index.js');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const inputs = [join(packageDir, 'package.json'), join(packageDir, 'tsconfig.build.json')];
  const newestInput = Math.max(
    newestSource(join(packageDir, 'src')),
    ...inputs.map((f) => statSync(f).mtimeMs),
  );
  return newestInput > builtAt;
};

if (packages.some(isStale)) {
  process.stderr.write('partnerships: building the packages first (pnpm build)…\n');
  const built = spawnSync('pnpm', ['--silent', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    process.stderr.write('partnerships: the build failed; run pnpm build to see why\n');
    process.exit(2);
  }
}

await import(pathToFileURL(join(root, 'packages', 'cli', 'dist', 'bin.js')).href);
