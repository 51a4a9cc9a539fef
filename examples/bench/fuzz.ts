/**
 * The long fuzz run: mutated commands of every type (wrong types, missing and extra fields,
 * prototype-named ids, BigInt, cycles, huge and deeply nested values) sent through the partnership
 * command handler on the seed scenarios' stores, then every read model rebuilt; then random and
 * hostile command lines (prototype-named options, NUL, huge strings, repeated and unknown flags, `--`
 * forms) given to the command line's entry point in process. Run from the repository root:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/fuzz.ts
 *
 * Writes bench-results/fuzz.md. Environment: FUZZ_CASES (default 10000), FUZZ_CLI_CASES (default
 * 10000), FUZZ_SEED (default 1).
 * Exits 1 when any column but cases and accepted/refused is not 0.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { sampleEvent } from '@council-partnerships/testing';
import { storeWith } from '@council-partnerships/cli/testing/cli';
import { checkCommandLine, hostileArgv } from '@council-partnerships/cli/testing/argvFuzz';
import { runFuzz } from '../src/untrusted/fuzz';

/** The command line's parser and commands under random and hostile arguments, counted. */
const fuzzCommandLine = async (cases: number, seed: number) => {
  const store = await storeWith({ 'partnership-stockton': [sampleEvent({ type: 'PartnershipConceived' })] });
  const figures = {
    cases: 0,
    exitCodes: new Map<number, number>(),
    exceptions: 0,
    writesOnRefusal: 0,
    pollutedBuiltIns: 0,
    errorsWithoutPath: 0,
    findings: [] as string[],
  };
  for (const args of fc.sample(hostileArgv, { numRuns: cases, seed })) {
    const o = await checkCommandLine(args, { c: store });
    figures.cases += 1;
    if (o.code !== null) figures.exitCodes.set(o.code, (figures.exitCodes.get(o.code) ?? 0) + 1);
    const bad = [
      o.exception === null ? null : `exception: ${o.exception}`,
      o.code === null || [0, 1, 2].includes(o.code) ? null : `exit code ${o.code}`,
      o.pollutedBuiltIns ? 'a built-in was polluted' : null,
      o.writesOnRefusal > 0 ? 'a file was written by a refused command' : null,
      ...o.usageErrorsWithoutArgument.map((l) => `usage error naming no argument: ${l}`),
    ].filter((x): x is string => x !== null);
    if (o.exception !== null) figures.exceptions += 1;
    if (o.pollutedBuiltIns) figures.pollutedBuiltIns += 1;
    figures.writesOnRefusal += o.writesOnRefusal;
    figures.errorsWithoutPath += o.usageErrorsWithoutArgument.length;
    if (bad.length > 0 && figures.findings.length < 20)
      figures.findings.push(`${JSON.stringify(args).slice(0, 200)}: ${bad.join('; ')}`);
  }
  return figures;
};

const main = async (): Promise<void> => {
  const cases = Number(process.env['FUZZ_CASES'] ?? 10_000);
  const seed = Number(process.env['FUZZ_SEED'] ?? 1);
  const started = Date.now();
  const f = await runFuzz(cases, seed);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const cliCases = Number(process.env['FUZZ_CLI_CASES'] ?? 10_000);
  const cliStarted = Date.now();
  const c = await fuzzCommandLine(cliCases, seed);
  const cliSeconds = ((Date.now() - cliStarted) / 1000).toFixed(1);
  const cliClean = c.exceptions + c.writesOnRefusal + c.pollutedBuiltIns + c.errorsWithoutPath === 0;
  const clean =
    cliClean &&
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
    f.findings.length === 0
      ? 'Every column the issue bounds is 0.'
      : `Findings:\n\n${f.findings.map((x) => `- ${x}`).join('\n')}`,
    '',
    '## The command line under hostile arguments',
    '',
    `${c.cases} command lines (${cliSeconds} s, same seed) drawn from \`hostileArgv\` in`,
    '`packages/cli/src/testing/argvFuzz.ts`: a command or none, then up to eight tokens (commands, options,',
    'prototype-named options such as `--__proto__` and `--constructor=1`, NUL, strings of 10,000 to',
    '40,000 characters, unknown flags, `--` and `-`), sometimes one option three times; each given to',
    '`runCli` in process against an in-memory store. "Writes on refusal" counts files a command that',
    'exited non-zero wrote; "errors without a path" counts usage errors that quote no argument.',
    '',
    '| figure | value |',
    '| --- | ---: |',
    `| cases | ${c.cases} |`,
    ...[...c.exitCodes.entries()].sort(([a], [b]) => a - b).map(([code, n]) => `| exit ${code} | ${n} |`),
    `| exceptions | ${c.exceptions} |`,
    `| writes on refusal | ${c.writesOnRefusal} |`,
    `| polluted built-ins | ${c.pollutedBuiltIns} |`,
    `| errors without a path | ${c.errorsWithoutPath} |`,
    '',
    cliClean
      ? 'Every column the issue bounds is 0.'
      : `Findings:\n\n${c.findings.map((x) => `- ${x}`).join('\n')}`,
    '',
  ].join('\n');
  const dir = resolve(__dirname, '..', '..', 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'fuzz.md'), text);
  process.stdout.write(text);
  process.exitCode = clean ? 0 : 1;
};

void main();
