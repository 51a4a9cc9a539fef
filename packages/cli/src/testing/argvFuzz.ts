import fc from 'fast-check';
import { EventStore } from '@council-partnerships/domain';
import { escapeControls } from '../render/errors';
import { run } from './cli';

export const COMMANDS = [
  'list',
  'show',
  'verify',
  'timeline',
  'replay',
  'diff',
  'report',
  'export',
  'register',
  'ocds',
  'projections',
  'heads',
  'checkpoint',
  'prove',
  'verify-proof',
  'verify-checkpoints',
  'witness',
  'help',
];
const OPTIONS = [
  '--store',
  '--json',
  '--wide',
  '--partnership',
  '--event',
  '--as-of',
  '--recorded-by',
  '--format',
  '--type',
  '--from',
  '--to',
  '--out',
  '--anchor',
  '--quarter',
  '--allow-tampered',
  '--skip-unknown',
  '--help',
  '--version',
  '-V',
  '-h',
  '--',
  '-',
];
/** Names that would reach a built-in if the parser kept options in a plain object keyed by name. */
const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

const hostileToken: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...COMMANDS),
  fc.constantFrom(...OPTIONS),
  fc
    .constantFrom(...PROTO_NAMES)
    .chain((n) => fc.constantFrom(`--${n}`, `-${n}`, n, `--${n}=1`, `--store=${n}`, `memory:${n}`)),
  fc.constantFrom('memory:c', 'memory:', 'sqlite:', 'postgres://', 'csv', 'json', '2023-05-31', '1'),
  fc.string({ maxLength: 12 }).map((s) => `--${s}`),
  fc.string({ maxLength: 20 }),
  fc.string({ maxLength: 8 }).map((s) => `${s}\u0000${s}`),
  fc.nat({ max: 3 }).map((n) => 'x'.repeat(10_000 * (n + 1))),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

/** A command line: sometimes a known command first, then anything, sometimes a flag repeated. */
export const hostileArgv: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.option(fc.constantFrom(...COMMANDS), { nil: undefined }),
    fc.array(hostileToken, { maxLength: 8 }),
    fc.option(fc.constantFrom(...OPTIONS, '--__proto__'), { nil: undefined }),
  )
  .map(([command, rest, repeated]) => [
    ...(command === undefined ? [] : [command]),
    ...rest,
    ...(repeated === undefined ? [] : [repeated, repeated, repeated]),
  ]);

const builtIns: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
export const snapshotBuiltIns = () =>
  builtIns.map((proto) =>
    Object.getOwnPropertyNames(proto)
      .map((name) => `${name}:${String(Object.getOwnPropertyDescriptor(proto, name)?.value)}`)
      .join('|'),
  );

/**
 * Whether a usage error quotes what is wrong: an option (given, or required and missing), or an
 * argument given (as quoted: escaped, perhaps cut). The command it happened in does not count.
 */
export const namesAnArgument = (line: string, args: readonly string[]): boolean => {
  const message = line.replace(/ for '[^']*'/, '').replace(/\(see 'partnerships --help'\)$/, '');
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  return quoted.some((q) => {
    const given = q.replace(/…$/, '');
    return (
      q.startsWith('-') ||
      args.some(
        (a) =>
          a.split('=')[0] === q ||
          a.startsWith(given) ||
          JSON.stringify(a).slice(1, -1).startsWith(given) ||
          JSON.stringify(a).slice(1, -1).replace(/\\"/g, '"').startsWith(given) ||
          escapeControls(a).startsWith(given),
      )
    );
  });
};

/** What one command line did, in the terms the fuzz figures count. */
export interface CommandLineOutcome {
  readonly exception: string | null;
  readonly code: number | null;
  readonly pollutedBuiltIns: boolean;
  readonly usageErrorsWithoutArgument: readonly string[];
  readonly writesOnRefusal: number;
}

/**
 * Runs one command line in process against `stores` (no file is read; a file written is only
 * counted) and reports what a hostile command line must never do.
 */
export const checkCommandLine = async (
  args: readonly string[],
  stores: Record<string, EventStore>,
): Promise<CommandLineOutcome> => {
  const before = snapshotBuiltIns();
  const written: string[] = [];
  let ran;
  try {
    ran = await run(args, stores, {
      readFile: () => Promise.reject(new Error('no files are read here')),
      writeFile: (path) => {
        written.push(path);
        return Promise.resolve();
      },
      env: {},
    });
  } catch (error) {
    return {
      exception: error instanceof Error ? error.message : String(error),
      code: null,
      pollutedBuiltIns: snapshotBuiltIns().join() !== before.join(),
      usageErrorsWithoutArgument: [],
      writesOnRefusal: written.length,
    };
  }
  const internal = ran.stderr.split('\n').find((l) => l.includes(': InternalError: '));
  return {
    exception: internal ?? null,
    code: ran.code,
    pollutedBuiltIns:
      snapshotBuiltIns().join() !== before.join() ||
      ({} as Record<string, unknown>)['polluted'] !== undefined,
    usageErrorsWithoutArgument: ran.stderr
      .split('\n')
      .filter((l) => l.includes(': UsageError: ') && !namesAnArgument(l, args)),
    writesOnRefusal: ran.code === 0 ? 0 : written.length,
  };
};
