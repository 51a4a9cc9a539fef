import { isDeepStrictEqual } from 'node:util';
import { EventStore, RecordedEvent } from '@council-partnerships/domain';
import {
  contractValueOf,
  contractValueProjection,
  createPerformanceProjection,
  DEFAULT_SCORECARDS_KEPT,
  performanceOf,
  performanceProjection,
  rebuildProjection,
} from '@council-partnerships/projections';
import { partnershipStateOf } from '../support/handler';
import { SimulationRun } from './harness';
import { marginOn, proRataPence } from './money';
import { PROBE_REFUSALS } from './simulate';

export interface Violation {
  readonly invariant: string;
  readonly detail: string;
}

/** An id field of a logged event; ids are written as text, and anything else matches no claim. */
const idOf = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

const readLog = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: 5000 });
    if (page._tag === 'Left') throw new Error(page.left.message);
    events.push(...page.right.events);
    after = page.right.checkpoint;
    if (page.right.isEndOfLog || page.right.events.length === 0) return events;
  }
};

/**
 * Every rule a finished simulation must satisfy, checked against the store and the read models
 * rebuilt from its global log; each broken rule is reported with what was found.
 */
export const checkInvariants = async (run: SimulationRun): Promise<Violation[]> => {
  const { report, store } = run;
  const violations: Violation[] = [];
  const fail = (invariant: string, detail: string) => violations.push({ invariant, detail });
  const pid = report.partnershipId;

  // 1. Nothing refused that the simulator believed valid; probes refused with the expected typed errors.
  for (const r of report.unexpected) fail('no unexpected refusal', `${r.commandId}: ${r.code}: ${r.message}`);
  for (const r of report.expectedRefusals) {
    if (!(PROBE_REFUSALS as readonly string[]).includes(r.code))
      fail('probe refusals', `${r.commandId}: ${r.code}`);
  }
  for (const e of run.inlineErrors) fail('inline read models', e);

  // 2. The log: contiguous stream versions, increasing positions and record times, commands of this run.
  const log = await readLog(store);
  if (log.length !== report.eventsRecorded)
    fail('log size', `${log.length} events in the log, ${report.eventsRecorded} recorded`);
  let version = 0;
  for (const [i, e] of log.entries()) {
    const previous = log[i - 1];
    if (previous !== undefined && e.globalPosition <= previous.globalPosition)
      fail('log order', `position ${e.globalPosition} after ${previous.globalPosition}`);
    if (previous !== undefined && e.recordedAt < previous.recordedAt)
      fail('record time', `${e.eventId} recorded before its predecessor`);
    if (e.streamVersion !== ++version)
      fail('stream versions', `${e.eventId} is version ${e.streamVersion}, expected ${version}`);
    if (!e.commandId.startsWith(`${pid}/`))
      fail('provenance', `${e.eventId} came from command ${e.commandId}`);
  }

  // 3. Extensions never exceed those granted, and the state agrees with what the simulator did.
  const state = await partnershipStateOf(store, pid);
  for (const belief of Object.values(report.contracts)) {
    const c = state.contracts[belief.contractId];
    if (c === undefined) {
      fail('contracts', `${belief.contractId} is not in the state`);
      continue;
    }
    if (c.extensionsExercised > c.extensionOptions.length) {
      fail(
        'extensions ≤ granted',
        `${c.contractId}: ${c.extensionsExercised} of ${c.extensionOptions.length}`,
      );
    }
    if (c.extensionsExercised !== belief.extensionsExercised)
      fail(
        'extensions',
        `${c.contractId}: state ${c.extensionsExercised}, simulator ${belief.extensionsExercised}`,
      );
    if (c.endsOn !== belief.endsOn)
      fail('end dates', `${c.contractId}: state ${c.endsOn}, simulator ${belief.endsOn}`);
    const status = belief.ended ?? 'in force';
    if (
      (belief.ended === null) !== (c.status !== 'expired' && c.status !== 'terminated') ||
      (belief.ended !== null && c.status !== belief.ended)
    ) {
      fail('contract status', `${c.contractId}: state ${c.status}, simulator ${status}`);
    }
  }

  // 4. Open book: verified ≤ claimed; margin on verified only, halves up; money sums exact.
  const claimed = new Map<string, number>();
  let verifiedEvents = 0;
  for (const e of log) {
    if (e.type === 'ExpenditureClaimed') claimed.set(idOf(e.data['claimId']), Number(e.data['claimedPence']));
    if (e.type !== 'ExpenditureVerified') continue;
    verifiedEvents += 1;
    const d = e.data as Record<string, number>;
    const claimId = idOf(e.data['claimId']);
    if (d['verifiedPence']! > (claimed.get(claimId) ?? -1))
      fail('verified ≤ claimed', `${claimId}: ${d['verifiedPence']} > ${claimed.get(claimId)}`);
    if (d['claimedPence'] !== claimed.get(claimId))
      fail('claim carried', `${claimId}: verification says ${d['claimedPence']} was claimed`);
    if (d['disallowedPence'] !== d['claimedPence']! - d['verifiedPence']!) fail('disallowed', claimId);
    if (d['marginPence'] !== marginOn(d['verifiedPence']!, d['marginBasisPoints']!))
      fail('margin', `${claimId}: ${d['marginPence']}`);
    if (d['payablePence'] !== d['verifiedPence']! + d['marginPence']!) fail('payable', claimId);
  }
  if (verifiedEvents !== report.claims.length)
    fail('claims', `${verifiedEvents} verified in the log, ${report.claims.length} by the simulator`);

  const rebuiltValue = await rebuildProjection(store, contractValueProjection);
  const rebuiltPerformance = await rebuildProjection(store, performanceProjection);
  const smallPages = await rebuildProjection(store, contractValueProjection, { pageSize: 7 });
  const everyReturn = await rebuildProjection(store, createPerformanceProjection({ scorecardsKept: 'all' }));
  const fewReturns = await rebuildProjection(store, createPerformanceProjection({ scorecardsKept: 5 }));
  if (
    rebuiltValue._tag === 'Left' ||
    rebuiltPerformance._tag === 'Left' ||
    smallPages._tag === 'Left' ||
    everyReturn._tag === 'Left' ||
    fewReturns._tag === 'Left'
  ) {
    fail('rebuild', 'a read model could not be rebuilt from the global log');
    return violations;
  }
  const value = contractValueOf(rebuiltValue.right.state, pid);
  if (value === null) {
    fail('contract value', 'the partnership is missing from the read model');
    return violations;
  }
  const sum = (pick: (c: (typeof report.claims)[number]) => number) =>
    report.claims.reduce((n, c) => n + pick(c), 0);
  const expected = {
    claimedPence: sum((c) => c.claimedPence),
    verifiedPence: sum((c) => c.verifiedPence),
    marginPence: sum((c) => c.marginPence),
    payablePence: sum((c) => c.payablePence),
    awaitingVerificationPence: 0,
  };
  const { paidAboveMaximum, ...totals } = value.openBook;
  if (!isDeepStrictEqual(totals, expected)) {
    fail('open-book totals', `read model ${JSON.stringify(totals)}, simulator ${JSON.stringify(expected)}`);
  }
  // The simulator claims without regard to a contract's maximum: the read model must flag each
  // contract paid above it, by exactly the excess, and no other.
  for (const figures of value.contracts) {
    const paid = report.claims
      .filter((c) => c.contractId === figures.contractId)
      .reduce((n, c) => n + c.payablePence, 0);
    const excess = paid - figures.maximumValuePence;
    const flagged = paidAboveMaximum.find((f) => f.contractId === figures.contractId);
    if ((excess > 0 ? excess : undefined) !== flagged?.excessPence) {
      fail(
        'paid above maximum',
        `${figures.contractId}: paid ${paid}, maximum ${figures.maximumValuePence}, flagged ${JSON.stringify(flagged ?? null)}`,
      );
    }
  }
  for (const belief of Object.values(report.contracts)) {
    const figures = value.contracts.find((c) => c.contractId === belief.contractId);
    if (figures === undefined) {
      fail('contract value', `${belief.contractId} missing`);
      continue;
    }
    if (figures.annualValuePence !== belief.annualValuePence) fail('annual value', belief.contractId);
    if (figures.initialTermValueBeforeSavingsPence !== belief.initialTermValuePence) {
      fail(
        'initial term value',
        `${belief.contractId}: ${figures.initialTermValueBeforeSavingsPence} vs ${belief.initialTermValuePence}`,
      );
    }
    const lengthMonths = run.report.shape.extensionOptions.lengthMonths;
    const committed =
      belief.initialTermValuePence +
      belief.extensionsExercised * proRataPence(belief.annualValuePence, lengthMonths);
    if (belief.ended !== 'terminated' && figures.committedValuePence !== committed) {
      fail('committed value', `${belief.contractId}: ${figures.committedValuePence} vs ${committed}`);
    }
  }
  const totalInitial = value.contracts.reduce((n, c) => n + c.initialTermValuePence, 0);
  if (totalInitial !== value.initialTermValuePence)
    fail('sums', 'initial term value is not the sum of its contracts');
  const years = value.byFinancialYear.reduce((n, y) => n + y.maximumPence, 0);
  if (years !== value.maximumValuePence)
    fail('sums', `financial years add up to ${years}, maximum is ${value.maximumValuePence}`);

  // 5. The read models kept inline equal their rebuild from the global log, whatever the page size.
  if (!isDeepStrictEqual(rebuiltValue.right.state, run.inline.contractValue))
    fail('inline = rebuild', 'contract value differs');
  if (!isDeepStrictEqual(rebuiltPerformance.right.state, run.inline.performance))
    fail('inline = rebuild', 'performance differs');
  if (!isDeepStrictEqual(smallPages.right.state, rebuiltValue.right.state))
    fail('page size', 'a rebuild in pages of 7 differs');

  // 6. Performance: every return and review the simulator made is in the read model that keeps them
  // all; one that keeps fewer shows exactly the latest of those scorecards, trends unchanged.
  const performance = performanceOf(rebuiltPerformance.right.state, pid);
  const complete = performanceOf(everyReturn.right.state, pid);
  const few = performanceOf(fewReturns.right.state, pid);
  for (const belief of Object.values(report.contracts)) {
    if (belief.tier === 1) continue;
    const all = complete?.contracts.find((c) => c.contractId === belief.contractId);
    if (all?.scorecards.length !== belief.returns)
      fail('returns', `${belief.contractId}: ${all?.scorecards.length} vs ${belief.returns}`);
    if (all?.reviews.length !== belief.reviews)
      fail('reviews', `${belief.contractId}: ${all?.reviews.length} vs ${belief.reviews}`);
    for (const [kept, view] of [
      [DEFAULT_SCORECARDS_KEPT, performance],
      [5, few],
    ] as const) {
      const p = view?.contracts.find((c) => c.contractId === belief.contractId);
      if (!isDeepStrictEqual(p?.scorecards, all?.scorecards.slice(-kept)))
        fail('scorecards kept', `${belief.contractId}: keeping ${kept}, the scorecards are not the latest`);
      if (p?.earlierReturnsNotKept !== belief.returns > kept)
        fail('scorecards kept', `${belief.contractId}: keeping ${kept}, earlierReturnsNotKept is wrong`);
      if (
        !isDeepStrictEqual(
          p?.trends.map((t) => t.trend),
          all?.trends.map((t) => t.trend),
        )
      )
        fail('scorecards kept', `${belief.contractId}: keeping ${kept} changed a KPI trend`);
      if (!isDeepStrictEqual(p?.reviews, all?.reviews))
        fail('scorecards kept', `${belief.contractId}: keeping ${kept} changed the reviews`);
    }
  }
  return violations;
};
