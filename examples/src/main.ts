import { formatPounds, formatPoundsCompact } from '@council-partnerships/domain';
import { scenarios } from './scenarios';
import { parseArgs, readOnOf } from './support/cli';
import { renderScenario } from './support/render';
import { scenarioJson } from './support/scenarioJson';
import { runDefinition, ScenarioResult } from './support/scenario';
import { DEFAULT_DEMO_STORE, demoStoreChoice, openDemoStore } from './support/store';
import { createStoryClock, storyEventIds } from './support/storyClock';
import { renderTable } from '@council-partnerships/cli';
import { section } from './support/section';

/**
 * The main job: the five source documents recorded as partnerships on the embedded SQLite store (a
 * file recreated on each run), then read back through the read models and printed as tables.
 *
 *   pnpm demo                      tables; store ./partnerships-demo.sqlite
 *   pnpm demo --store other.sqlite another file
 *   pnpm demo --memory             the in-memory store instead
 *   pnpm demo --json               one JSON object with every scenario (money in pence)
 *   pnpm demo --as-of 2030-01-01   read the register and phases on that date instead of today
 */
const overview = (results: readonly ScenarioResult[]): string =>
  renderTable(
    [
      { header: 'partnership' },
      { header: 'phase' },
      { header: 'contracts', align: 'right' },
      { header: 'a year (register)', align: 'right' },
      { header: 'maximum value', align: 'right' },
      { header: 'returns', align: 'right' },
      { header: 'latest RAG' },
      { header: 'overdue or next due (register)' },
      { header: 'commands', align: 'right' },
      { header: 'events', align: 'right' },
    ],
    results.map((r) => {
      const contracts = r.performance?.contracts ?? [];
      const latest = contracts
        .flatMap((c) => c.scorecards.slice(-1))
        .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : 1))
        .pop();
      return [
        r.title.split(':')[0] ?? r.title,
        r.phase.phase,
        String(r.value?.contracts.length ?? 0),
        formatPounds(r.register?.annualValuePence ?? 0),
        formatPounds(r.value?.maximumValuePence ?? 0),
        String(contracts.reduce((n, c) => n + c.scorecards.length, 0)),
        latest?.overallRag ?? '-',
        dueColumn(r),
        String(r.run.commandsRecorded),
        String(r.run.eventsRecorded),
      ];
    }),
  );

/** The earliest overdue deadline if any (an end not recorded, an extension not decided), else the next. */
const dueColumn = (r: ScenarioResult): string => {
  const overdue = r.register?.deadlines.filter((d) => d.overdue) ?? [];
  const first = overdue[0];
  if (first !== undefined) return `${first.dueOn} ${first.kind} OVERDUE (${overdue.length})`;
  const next = r.register?.nextDue ?? null;
  return next === null ? '-' : `${next.dueOn} ${next.kind}`;
};

/** The seed figures a reader can check against the documents, in one line. */
const seedLine = (results: readonly ScenarioResult[]): string => {
  const f = (key: string) => results.find((r) => r.key === key)?.figures ?? {};
  const pounds = (value: unknown) => (typeof value === 'number' ? formatPoundsCompact(value) : '?');
  return [
    `Stockton ${pounds(f('stockton')['annualValueAtGoLivePence'])}/yr, ${pounds(f('stockton')['initialModulesValueOverMinimumTermPence'])} over 5 years, ${pounds(f('stockton')['annualValueAfterExpansionPence'])}/yr expanded`,
    `Central Bedfordshire ${pounds(f('centralBedfordshire')['annualEnvelopePence'])}/yr, ${pounds(f('centralBedfordshire')['maximumCommitmentAfterSavingsPence'])} max after MTFP`,
    `Leicestershire ${pounds(f('leicestershire')['advertisedMaximumValuePence'])} advertised`,
    `Durham ${pounds(f('durham')['firstContractInitialPence'])} + ${pounds(f('durham')['extensionPence'])} + ${pounds(f('durham')['secondContractPence'])}`,
  ].join('; ');
};

/** A connection string without its password, for printing. */
const redacted = (connectionString: string): string =>
  connectionString.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

const main = async (): Promise<void> => {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    process.exitCode = 2;
    return;
  }
  const choice = demoStoreChoice(args.store, args.memory, DEFAULT_DEMO_STORE);
  const filename =
    choice.kind === 'sqlite' ? choice.filename : choice.kind === 'postgres' ? 'PostgreSQL' : 'memory';
  const where =
    choice.kind === 'memory'
      ? 'memory'
      : choice.kind === 'postgres'
        ? `${redacted(choice.connectionString)} (PostgreSQL)`
        : `${filename} (SQLite, recreated on each run)`;
  const started = process.hrtime.bigint();
  const clock = createStoryClock();
  const store = await openDemoStore(choice, clock.now);
  if ('error' in store) {
    console.error(`demo: ${store.error}`);
    process.exitCode = 2;
    return;
  }
  const results: ScenarioResult[] = [];
  try {
    // One generator for the whole run: ids stay unique across the five stories.
    const newEventId = storyEventIds(clock);
    const readOn = readOnOf(args);
    for (const definition of scenarios)
      results.push(await runDefinition(definition, store, { clock, newEventId, readOn }));
  } finally {
    await store.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const unexpected = results.flatMap((r) => r.run.unexpected);
  if (unexpected.length > 0) process.exitCode = 1;
  if (args.json) {
    process.stdout.write(JSON.stringify({ store: where, scenarios: results.map(scenarioJson) }) + '\n');
    return;
  }
  const out: string[] = [];
  out.push(`council-partnerships: the five source documents recorded as partnerships\nStore: ${where}`);
  out.push(section('Partnerships', overview(results)));
  for (const result of results) out.push(renderScenario(result));
  out.push(section('Partnerships', overview(results)));
  const commands = results.reduce((n, r) => n + r.run.commandsSent, 0);
  const events = results.reduce((n, r) => n + r.run.eventsRecorded, 0);
  const refused = results.reduce((n, r) => n + r.run.expectedRefusals.length, 0);
  out.push(
    `${results.length} partnerships, ${commands} commands (${refused} refused as the rules require, ` +
      `${unexpected.length} unexpected), ${events} events on ${filename} in ` +
      `${seconds.toFixed(1)}s. ${seedLine(results)}.`,
  );
  process.stdout.write(out.join('\n\n') + '\n');
};

void main();
