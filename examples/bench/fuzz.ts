/**
 * The long fuzz run: mutated commands of every type (wrong types, missing and extra fields,
 * prototype-named ids, BigInt, cycles, huge and deeply nested values) sent through the partnership
 * command handler on the seed scenarios' stores, then every read model rebuilt. Run from the
 * repository root:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/fuzz.ts
 *
 * Writes bench-results/fuzz.md. Environment: FUZZ_CASES (default 10000), FUZZ_SEED (default 1).
 * Exits 1 when any column but cases and accepted/refused is not 0.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runFuzz } from '../src/untrusted/fuzz';

const main = async (): Promise<void> => {
  const cases = Number(process.env['FUZZ_CASES'] ?? 10_000);
  const seed = Number(process.env['FUZZ_SEED'] ?? 1);
  const started = Date.now();
  const f = await runFuzz(cases, seed);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const clean =
    f.exceptions + f.writesOnRefusal + f.pollutedBuiltIns + f.errorsWithoutPath + f.readModelFailures === 0;
  const text = [
    '# Fuzz run: untrusted commands through the handler',
    '',
    `Written by \`examples/bench/fuzz.ts\` on ${new Date().toISOString().slice(0, 10)} (seed ${seed}, ${seconds} s).`,
    'Each case is a command of one of the seed scenarios (and the four command types they do not send),',
    'changed by one to three mutations, sent through the partnership command handler on the in-memory',
    'store holding that scenario; every read model is rebuilt from each store at the end.',
    '',
    '| figure | value |',
    '| --- | ---: |',
    `| cases | ${f.cases} |`,
    `| accepted | ${f.accepted} |`,
    `| refused | ${f.refused} |`,
    `| exceptions | ${f.exceptions} |`,
    `| writes on refusal | ${f.writesOnRefusal} |`,
    `| polluted built-ins | ${f.pollutedBuiltIns} |`,
    `| errors without a path | ${f.errorsWithoutPath} |`,
    `| read models that failed to rebuild | ${f.readModelFailures} |`,
    '',
    clean
      ? 'Every column the issue bounds is 0.'
      : `Findings:\n\n${f.findings.map((x) => `- ${x}`).join('\n')}`,
    '',
  ].join('\n');
  const dir = resolve(__dirname, '..', '..', 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'fuzz.md'), text);
  process.stdout.write(text);
  process.exitCode = clean ? 0 : 1;
};

void main();
