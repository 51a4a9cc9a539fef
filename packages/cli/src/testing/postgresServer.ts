import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Whether the PostgreSQL tests run. Decided synchronously while Jest collects the tests. Under CI
 * they always run, so an unreachable server fails the build instead of passing silently; elsewhere
 * they are skipped with a warning saying why.
 */
export const postgresServerState = (url: string): 'run' | 'skip' => {
  if (process.env['CI'] === 'true') return 'run';
  const probe = `const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`;
  // Run from the adapters package, whose dependency the driver is.
  const reached = spawnSync(process.execPath, ['-e', probe, url], {
    cwd: join(__dirname, '..', '..', '..', 'adapters'),
    timeout: 10_000,
  });
  if (reached.status === 0) return 'run';
  console.warn(`PostgreSQL tamper tests skipped: no server at ${url} (under CI=true they fail instead).`);
  return 'skip';
};
