import { formatPounds } from '@council-partnerships/domain';
import { contractTable, performanceTable, valueTable } from '../support/render';
import { scriptArguments } from '../support/cli';
import { performanceFromLog, valueFromLog } from '../support/scenario';
import { renderTable } from '@council-partnerships/cli';
import { section } from '../support/section';
import { runSimulation, StoreChoice } from './harness';
import { checkInvariants } from './invariants';
import { mulberry32 } from './prng';
import { LARGEST, MEDIUM, randomShape, shapeProblems, SimulationShape, SMALL } from './shape';

const USAGE = `simulate [--seed N] [--small | --medium | --largest] [shape options] [--json] [--memory | --store FILE]
  shape options: --years N --modules N --kpis N --review-every MONTHS --poor P --extensions COUNTxMONTHS
                 --take N --expansions N --margin BPS --start-year YYYY --light-touch --probes`;

interface Args {
  seed: number;
  shape: SimulationShape;
  json: boolean;
  store: StoreChoice;
}

const parse = (given: readonly string[]): Args | string => {
  const argv = scriptArguments(given);
  let seed = 1;
  let base = 'small' as 'small' | 'medium' | 'largest';
  const overrides: Record<string, string | boolean> = {};
  let json = false;
  let store: StoreChoice = { kind: 'sqlite', filename: './simulation.sqlite' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--seed') seed = Number(value());
    else if (arg === '--small' || arg === '--medium' || arg === '--largest')
      base = arg.slice(2) as typeof base;
    else if (arg === '--json') json = true;
    else if (arg === '--memory') store = { kind: 'memory' };
    else if (arg === '--store') store = { kind: 'sqlite', filename: value() };
    else if (arg === '--light-touch' || arg === '--probes') overrides[arg.slice(2)] = true;
    else if (
      [
        '--years',
        '--modules',
        '--kpis',
        '--review-every',
        '--poor',
        '--extensions',
        '--take',
        '--expansions',
        '--margin',
        '--start-year',
      ].includes(arg)
    ) {
      overrides[arg.slice(2)] = value();
    } else return `unknown argument ${arg}\n${USAGE}`;
  }
  if (!Number.isSafeInteger(seed)) return `--seed takes a whole number\n${USAGE}`;
  const drawn =
    base === 'largest' ? LARGEST : randomShape(mulberry32(seed), base === 'medium' ? MEDIUM : SMALL);
  const n = (key: string, fallback: number) =>
    overrides[key] === undefined ? fallback : Number(overrides[key]);
  const [count, length] = String(
    overrides['extensions'] ?? `${drawn.extensionOptions.count}x${drawn.extensionOptions.lengthMonths}`,
  )
    .split('x')
    .map(Number);
  const shape: SimulationShape = {
    years: n('years', drawn.years),
    modules: n('modules', drawn.modules),
    kpisPerModule: n('kpis', drawn.kpisPerModule),
    reviewEveryMonths: n('review-every', drawn.reviewEveryMonths),
    poorPerformanceChance: n('poor', drawn.poorPerformanceChance),
    extensionOptions: { count: count ?? 0, lengthMonths: length ?? 0 },
    extensionsTaken: n('take', Math.min(drawn.extensionsTaken, count ?? 0)),
    expansions: n('expansions', drawn.expansions),
    marginBasisPoints: n('margin', drawn.marginBasisPoints),
    startYear: n('start-year', drawn.startYear),
    lightTouch: overrides['light-touch'] === true || drawn.lightTouch,
    probes: overrides['probes'] === true || drawn.probes,
  };
  const problems = shapeProblems(shape);
  if (problems.length > 0) return problems.map((p) => `${p.field}: ${p.message}`).join('\n');
  return { seed, shape, json, store };
};

/**
 * Runs one simulated partnership from a seed and a shape, checks every invariant, and prints the
 * shape, the read models and the verdict (or one JSON object with --json). Exit code 1 if an
 * invariant is broken.
 */
const main = async (): Promise<void> => {
  let args: Args | string;
  try {
    args = parse(process.argv.slice(2));
  } catch (error) {
    args = `${(error as Error).message}\n${USAGE}`;
  }
  if (typeof args === 'string') {
    console.error(args);
    process.exitCode = 2;
    return;
  }
  const started = process.hrtime.bigint();
  const run = await runSimulation(args.seed, args.shape, args.store);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const violations = await checkInvariants(run);
  const pid = run.report.partnershipId;
  const value = await valueFromLog(run.store, pid);
  const performance = await performanceFromLog(run.store, pid);
  await run.store.close();
  if (violations.length > 0) process.exitCode = 1;
  const r = run.report;
  if (args.json) {
    const { claims, contracts, ...summary } = r;
    process.stdout.write(
      JSON.stringify({
        ...summary,
        contracts: Object.values(contracts),
        claims: claims.length,
        violations,
        value,
        seconds,
      }) + '\n',
    );
    return;
  }
  const out: string[] = [];
  out.push(
    section(
      `Simulated partnership ${pid} (seed ${args.seed})`,
      renderTable(
        [{ header: 'shape' }, { header: 'value' }],
        Object.entries(args.shape).map(([k, v]) => [
          k,
          typeof v === 'object' ? JSON.stringify(v) : String(v),
        ]),
      ),
    ),
  );
  out.push(
    section(
      'Run',
      renderTable(
        [{ header: 'figure' }, { header: 'value', align: 'right' }],
        [
          ['commands sent', String(r.commandsSent)],
          ['commands recorded', String(r.commandsRecorded)],
          ['events recorded', String(r.eventsRecorded)],
          ['refused as expected (probes)', r.expectedRefusals.map((x) => x.code).join(', ') || '-'],
          ['refused unexpectedly', String(r.unexpected.length)],
          ['claims verified', String(r.claims.length)],
          ['margin paid', formatPounds(r.claims.reduce((n, c) => n + c.marginPence, 0))],
          ['expansions approved', String(r.expansionsApproved)],
          ['modules terminated for performance', String(r.terminations)],
          ['seconds', seconds.toFixed(2)],
        ],
      ),
    ),
  );
  if (value !== null) {
    out.push(section('Contracts', contractTable(value)));
    out.push(section('Contract value', valueTable(value)));
  }
  if (performance !== null) out.push(section('Performance', performanceTable(performance)));
  out.push(
    violations.length === 0
      ? 'Invariants: all hold (no unexpected refusal; extensions within options; verified within claimed; exact sums; inline read models equal their rebuild).'
      : section('INVARIANTS BROKEN', violations.map((v) => `- ${v.invariant}: ${v.detail}`).join('\n')),
  );
  process.stdout.write(out.join('\n\n') + '\n');
};

void main();
