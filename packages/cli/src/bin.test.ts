import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

describe('the installed program', () => {
  it('runs through its shebang entry point and prints help', () => {
    const ran = spawnSync(
      'npx',
      [
        'ts-node',
        '--transpile-only',
        '-r',
        'tsconfig-paths/register',
        '-P',
        'tsconfig.json',
        'packages/cli/src/bin.ts',
        '--help',
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(ran.status).toBe(0);
    expect(ran.stdout).toMatch(/^Usage: partnerships \[options\] \[command\]/);
    expect(ran.stdout).toMatch(/verify/);
  });

  it('exits 2 with one line on stderr for a bad connection string', () => {
    const ran = spawnSync(
      'npx',
      [
        'ts-node',
        '--transpile-only',
        '-r',
        'tsconfig-paths/register',
        '-P',
        'tsconfig.json',
        'packages/cli/src/bin.ts',
        'verify',
        '--store',
        'nonsense',
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(ran.status).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.split('\n').filter((l) => l.startsWith('partnerships: '))).toHaveLength(1);
  });

  it('starts with a shebang so it can be installed as a command', () => {
    const source = readFileSync(join(__dirname, 'bin.ts'), 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
