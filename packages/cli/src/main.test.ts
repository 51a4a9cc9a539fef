import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './testing/cli';

describe('the partnerships command line', () => {
  it('prints help for the program and every command, exiting 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: partnerships/);
    for (const command of [
      ['list'],
      ['show'],
      ['diff'],
      ['verify'],
      ['timeline'],
      ['replay'],
      ['export', 'register'],
      ['export', 'projections'],
      ['export', 'heads'],
    ]) {
      const ran = await run([...command, '--help']);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toMatch(new RegExp(`Usage: partnerships ${command.join(' ')}`));
      expect(ran.stdout).toMatch(/--store <connection>/);
    }
    const exportHelp = await run(['export', '--help']);
    expect(exportHelp.stdout).toMatch(/heads/);
  });

  it('given the `--` a script runner passes on before the command, then the command runs as without it', async () => {
    const ran = await run(['--', 'list', '--help']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/Usage: partnerships list/);
  });

  it('refuses an unknown command in one line, exiting 2', async () => {
    const ran = await run(['frobnicate']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^partnerships: UsageError: unknown command 'frobnicate'/);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('partnerships --version', () => {
  it('prints the version of the package, exiting 0', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      const ran = await run([flag]);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toBe(`${pkg.version}\n`);
    }
  });
});
