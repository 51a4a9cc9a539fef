import { BusinessDateCodec } from '@council-partnerships/domain';
import { businessDateOf } from '@council-partnerships/projections';
import { renderScenario } from './render';
import { scenarioJson } from './scenarioJson';
import { runDefinition, ScenarioDefinition } from './scenario';
import { demoStoreChoice, openDemoStore } from './store';
import { createStoryClock, storyEventIds } from './storyClock';

/** Whatever the store's story clock says, the register is read on the real today unless asked otherwise. */
export const readOnOf = (args: CliArgs, now: Date = new Date()): string =>
  args.asOf ?? businessDateOf(now.toISOString());

export interface CliArgs {
  readonly json: boolean;
  readonly memory: boolean;
  readonly store: string | null;
  /** The business date to read the register and phases on; null for today (the clock's London date). */
  readonly asOf: string | null;
}

/**
 * Drops the `--` that separates a package manager's options from a script's (`pnpm demo -- --json`):
 * pnpm passes it through, and the documented forms must work as written.
 */
export const scriptArguments = (argv: readonly string[]): readonly string[] =>
  argv[0] === '--' ? argv.slice(1) : argv;

/** `--json`, `--memory`, `--store <file>` (or `--store=<file>`), `--as-of <YYYY-MM-DD>`; anything else is refused. */
export const parseArgs = (given: readonly string[]): CliArgs | { error: string } => {
  const argv = scriptArguments(given);
  let json = false;
  let memory = false;
  let store: string | null = null;
  let asOf: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--memory') memory = true;
    else if (arg === '--store') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return { error: '--store needs a file name' };
      store = next;
      i += 1;
    } else if (arg.startsWith('--store=')) store = arg.slice('--store='.length);
    else if (arg === '--as-of') {
      const next = argv[i + 1];
      if (next === undefined || !BusinessDateCodec.is(next))
        return { error: '--as-of needs a date written YYYY-MM-DD' };
      asOf = next;
      i += 1;
    } else
      return {
        error: `unknown argument ${arg}; use --json, --memory, --store <file | postgres://…> or --as-of <YYYY-MM-DD>`,
      };
  }
  return { json, memory, store, asOf };
};

/**
 * The command line of one scenario: records it on a fresh store (a SQLite file by default) and
 * prints its tables, or exactly one JSON object with --json. Exit code 1 if a command was refused
 * that the scenario did not expect to be.
 */
export const runCli = async (definition: ScenarioDefinition, argv = process.argv.slice(2)): Promise<void> => {
  const args = parseArgs(argv);
  if ('error' in args) {
    console.error(args.error);
    process.exitCode = 2;
    return;
  }
  const filename = args.store ?? `./${definition.key}-scenario.sqlite`;
  const clock = createStoryClock();
  const store = await openDemoStore(demoStoreChoice(args.store, args.memory, filename), clock.now);
  if ('error' in store) {
    console.error(store.error);
    process.exitCode = 2;
    return;
  }
  try {
    const result = await runDefinition(definition, store, {
      clock,
      newEventId: storyEventIds(clock),
      readOn: readOnOf(args),
    });
    if (args.json) process.stdout.write(JSON.stringify(scenarioJson(result)) + '\n');
    else {
      process.stdout.write(renderScenario(result) + '\n');
      if (!args.memory) process.stdout.write(`\nStore: ${filename} (SQLite, recreated on each run)\n`);
    }
    if (result.run.unexpected.length > 0) process.exitCode = 1;
  } finally {
    await store.close();
  }
};
