import fc from 'fast-check';
import { sampleEvent } from '@council-partnerships/testing';
import { run, storeWith } from './testing/cli';
import { checkCommandLine, hostileArgv } from './testing/argvFuzz';

describe('the command line under random and hostile arguments', () => {
  let store: Awaited<ReturnType<typeof storeWith>>;
  beforeAll(async () => {
    store = await storeWith({
      'partnership-stockton': [sampleEvent({ type: 'PartnershipConceived' })],
    });
  });

  it('never throws, exits 0, 1 or 2, pollutes no built-in, writes nothing when it refuses, and names the argument of a usage error', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArgv, async (args) => {
        const outcome = await checkCommandLine(args, { c: store });
        expect(outcome).toMatchObject({
          exception: null,
          pollutedBuiltIns: false,
          usageErrorsWithoutArgument: [],
          writesOnRefusal: 0,
        });
        expect([0, 1, 2]).toContain(outcome.code);
      }),
      { numRuns: 300 },
    );
  });

  it('quotes a hostile argument back escaped and cut: no NUL reaches stderr, no line runs to 40,000 characters', async () => {
    const ran = await run([`a\u0000${'x'.repeat(40_000)}`], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      `partnerships: UsageError: unknown command 'a\\u0000${'x'.repeat(38)}…' (see 'partnerships --help')\n`,
    );
    const extra = await run(['list', "it's", 'b\u001b[31m'], {});
    expect(extra.stderr).toBe(
      "partnerships: UsageError: too many arguments for 'list'. Expected 0 arguments but got 2: 'it's', 'b\\u001b[31m' (see 'partnerships --help')\n",
    );
  });
});
