import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import { sampleEvents } from '@council-partnerships/testing';

const root = join(__dirname, '..', '..', '..');
const program =
  'ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json packages/cli/src/bin.ts';
/** Runs the program from source the way its shebang would run the built one. */
const runProgram = (...args: string[]) =>
  spawnSync('npx', [...program.split(' '), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('the installed program', () => {
  it('runs through its shebang entry point and prints help', () => {
    const ran = runProgram('--help');
    expect(ran.status).toBe(0);
    expect(ran.stdout).toMatch(/^Usage: partnerships \[options\] \[command\]/);
    expect(ran.stdout).toMatch(/verify/);
  });

  it('exits 2 with one line on stderr for a bad connection string', () => {
    const ran = runProgram('verify', '--store', 'nonsense');
    expect(ran.status).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.split('\n').filter((l) => l.startsWith('partnerships: '))).toHaveLength(1);
  });

  it('given a reader that closes the pipe early (timeline | head), then it ends quietly with exit 0', async () => {
    const filename = join(mkdtempSync(join(tmpdir(), 'pipe-')), 'long.sqlite');
    const store = createSqliteEventStore({ filename });
    // Far more than a pipe holds, so the program is still writing when head goes away.
    for (let i = 0; i < 20; i++) {
      // Of a type the readers know: an unknown one would (rightly) stop the timeline before it wrote.
      const returns = sampleEvents(200).map((e) => ({ ...e, type: 'PerformanceReturnSubmitted' }));
      const appended = await store.appendToStream('partnership-long', returns, {
        expectedVersion: 'any',
      });
      expect(appended._tag).toBe('Right');
    }
    await store.close();
    const ran = spawnSync(
      'bash',
      ['-c', `set -o pipefail; node_modules/.bin/${program} timeline --store sqlite:${filename} | head -n 3`],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout.split('\n')).toHaveLength(4);
  });

  it('starts with a shebang so it can be installed as a command', () => {
    const source = readFileSync(join(__dirname, 'bin.ts'), 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
