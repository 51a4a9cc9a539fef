import fc from 'fast-check';
import { sampleEvent } from '@council-partnerships/domain/testing';
import { run, storeWith } from './testing/cli';

const COMMANDS = [
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
const argv: fc.Arbitrary<string[]> = fc
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

const builtIns = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () =>
  builtIns.map((proto) =>
    Object.getOwnPropertyNames(proto)
      .map((name) => `${name}:${String(Object.getOwnPropertyDescriptor(proto, name)?.value)}`)
      .join('|'),
  );

/**
 * Whether a usage error quotes what is wrong: an option (given, or required and missing), or an
 * argument given (as quoted: escaped, perhaps cut). The command it happened in does not count.
 */
const namesAnArgument = (line: string, args: readonly string[]): boolean => {
  const message = line.replace(/ for '[^']*'/, '').replace(/\(see 'partnerships --help'\)$/, '');
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  return quoted.some((q) => {
    const given = q.replace(/…$/, '');
    return (
      q.startsWith('-') ||
      args.some((a) => a.split('=')[0] === q || JSON.stringify(a).slice(1, -1).startsWith(given))
    );
  });
};

describe('the command line under random and hostile arguments', () => {
  const before = snapshot();
  let store: Awaited<ReturnType<typeof storeWith>>;
  beforeAll(async () => {
    store = await storeWith({
      'partnership-stockton': [sampleEvent({ type: 'PartnershipConceived' })],
    });
  });

  it('never throws, exits 0, 1 or 2, pollutes no built-in, writes no file, and names the argument of a usage error', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const written: string[] = [];
        const ran = await run(
          args,
          { c: store },
          {
            readFile: () => Promise.reject(new Error('no files in this test')),
            writeFile: async (path) => void written.push(path),
            env: {},
          },
        );
        expect([0, 1, 2]).toContain(ran.code);
        expect(snapshot()).toEqual(before);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        for (const line of ran.stderr.split('\n').filter((l) => l.includes(': UsageError: '))) {
          if (!namesAnArgument(line, args)) throw new Error(`usage error names no argument: ${line}`);
        }
        if (ran.code !== 0) expect(written).toEqual([]);
        expect(ran.stderr).not.toMatch(/InternalError/);
      }),
      { numRuns: Number(process.env['CLI_FUZZ_RUNS'] ?? 300) },
    );
  });
});
