import {
  createPartnershipHandler,
  EventStore,
  londonTime,
  PartnershipCommandType,
  RecordedEvent,
} from '@council-partnerships/domain';
import { castFor, DataOf, partnershipCommand, policyOf } from '@council-partnerships/seeds';
import { Refusal } from '../support/run';
import { SimulationReport } from './beliefs';
import { SimulatedClock, seededEventIds } from './clock';
import { SIMULATED_HOLIDAYS } from './holidays';
import { runLifecycle } from './lifecycle';
import { mulberry32 } from './prng';
import { SimulationShape, shapeProblems } from './shape';

export type { ClaimBelief, ContractBelief, SimulationReport } from './beliefs';

export interface SimulationOptions {
  readonly seed: number;
  readonly shape: SimulationShape;
  /** The clock the store was given, so recordedAt follows the simulated business time. */
  readonly clock: SimulatedClock;
  readonly partnershipId?: string;
  /** Called with the events of every recorded command (for inline read models). */
  readonly onRecorded?: (events: readonly RecordedEvent[]) => void;
  /**
   * Let the command handler keep the partnership's folded state between commands (default true); false
   * has it re-read and re-fold the whole stream for every command.
   */
  readonly cacheStreams?: boolean;
}

/** A refusal the simulator did not expect stops it: every later step would rest on a false belief. */
class Stopped extends Error {}

/** The refusals a probe may provoke; any other refusal is a fault. */
export const PROBE_REFUSALS = ['ExtensionsExhausted', 'VerifiedExceedsClaimed'] as const;

/**
 * Drives one partnership through its whole lifecycle by commands, through the partnership command
 * handler: concept, procurement with Executive approvals, evaluation, award, standstill, agreement and
 * modules, mobilisation, monthly performance returns and open-book claims, reviews, embedding,
 * expansion, extensions, termination for poor performance, expiry. Every choice comes from the seed,
 * so a seed always writes the same log.
 */
export const simulate = async (store: EventStore, options: SimulationOptions): Promise<SimulationReport> => {
  const { seed, shape, clock } = options;
  const problems = shapeProblems(shape);
  if (problems.length > 0) throw new Error(`invalid shape: ${problems.map((p) => p.message).join('; ')}`);
  const prng = mulberry32(seed);
  const money = prng.fork(1);
  const performance = prng.fork(2);
  const probes = prng.fork(3);
  const pid = options.partnershipId ?? `simulated-${seed}`;
  const partnerName = `Simulated Partner ${seed}`;
  const cast = castFor(pid, 'Simulated Council', partnerName);
  const handle = createPartnershipHandler({
    store,
    policy: { ...policyOf({ councilName: 'Simulated Council' }), holidays: SIMULATED_HOLIDAYS },
    newEventId: seededEventIds(prng.fork(4), clock.peek),
    ...(options.cacheStreams === false ? { cachedStreams: 0 } : {}),
  });
  const report: SimulationReport = {
    partnershipId: pid,
    seed,
    shape,
    commandsSent: 0,
    commandsRecorded: 0,
    eventsRecorded: 0,
    expectedRefusals: [],
    unexpected: [],
    claims: [],
    contracts: {},
    expansionsApproved: 0,
    terminations: 0,
    marginBasisPoints: shape.marginBasisPoints,
  };

  const send = async <T extends PartnershipCommandType>(
    type: T,
    actor: (typeof cast)[keyof typeof cast],
    date: string,
    data: DataOf<T>,
    expectRefusal?: string,
  ): Promise<void> => {
    report.commandsSent += 1;
    const occurredAt = londonTime(date, '10:00');
    clock.recordAfter(occurredAt);
    const commandId = `${pid}/${String(report.commandsSent).padStart(5, '0')}/${type}`;
    const result = await handle(partnershipCommand(type, pid, data, { commandId, actor, occurredAt }));
    const refusal = (code: string, message: string, path: readonly string[]): Refusal => ({
      step: report.commandsSent,
      commandType: type,
      commandId,
      code,
      message,
      path,
      note: expectRefusal === undefined ? null : `probe: expected ${expectRefusal}`,
    });
    if (result._tag === 'Left') {
      const r = refusal(result.left.code, result.left.message, result.left.path);
      if (result.left.code === expectRefusal) {
        report.expectedRefusals.push(r);
        return;
      }
      report.unexpected.push(r);
      throw new Stopped(r.message);
    }
    if (expectRefusal !== undefined) {
      report.unexpected.push(refusal('NotRefused', `expected ${expectRefusal}, but it was recorded`, []));
      throw new Stopped('a probe was not refused');
    }
    report.commandsRecorded += 1;
    report.eventsRecorded += result.right.events.length;
    options.onRecorded?.(result.right.events);
  };

  try {
    await runLifecycle({ shape, pid, cast, send, report, streams: { money, performance, probes } });
  } catch (error) {
    if (!(error instanceof Stopped)) throw error;
  }
  return report;
};
