import { PartnershipPerformance, PartnershipValue } from '@council-partnerships/projections';
import { ScenarioResult } from './scenario';

/** The value figures a program checks, without the month-by-month schedules (money in pence). */
export const valueSummary = (value: PartnershipValue | null) =>
  value === null
    ? null
    : {
        annualValuePence: value.annualValuePence,
        initialTermValuePence: value.initialTermValuePence,
        initialTermValueBeforeSavingsPence: value.initialTermValueBeforeSavingsPence,
        committedValuePence: value.committedValuePence,
        maximumValuePence: value.maximumValuePence,
        maximumValueBeforeSavingsPence: value.maximumValueBeforeSavingsPence,
        advertisedMaximumValuePence: value.advertisedMaximumValuePence,
        potentialAnnualValuePence: value.expansion.potentialAnnualValuePence,
        headroomPence: value.expansion.headroomPence,
        openBook: value.openBook,
        externalFundingPence: value.externalFundingPence,
        commissionerShares: value.commissionerShares,
        contracts: value.contracts.map((c) => ({
          contractId: c.contractId,
          tier: c.tier,
          title: c.title,
          supplierName: c.supplierName,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
          maximumEndsOn: c.maximumEndsOn,
          ended: c.ended,
          annualValuePence: c.annualValuePence,
          initialTermValuePence: c.initialTermValuePence,
          committedValuePence: c.committedValuePence,
          maximumValuePence: c.maximumValuePence,
          savingsOverMaximumTermPence: c.savingsOverMaximumTermPence,
        })),
      };

export const performanceSummary = (performance: PartnershipPerformance | null) =>
  performance === null
    ? null
    : {
        contracts: performance.contracts.map((c) => ({
          contractId: c.contractId,
          status: c.status,
          liveOn: c.liveOn,
          embeddedOn: c.embeddedOn,
          kpiCount: c.kpiCount,
          returns: c.scorecards.length,
          latestRag: c.scorecards[c.scorecards.length - 1]?.overallRag ?? null,
          rating: c.rating,
          reviewDecision: c.latestReview?.decision ?? null,
        })),
        expansionAllowed: performance.expansion.allowed,
        expansionReasons: performance.expansion.reasons,
      };

export const registerSummary = (result: ScenarioResult) =>
  result.register === null
    ? null
    : {
        readOn: result.registerDate,
        phase: result.register.phase,
        keyDates: result.register.keyDates,
        deadlines: result.register.deadlines,
      };

/** The one JSON object a scenario prints with --json. */
export const scenarioJson = (result: ScenarioResult) => ({
  scenario: result.key,
  title: result.title,
  seed: result.seed,
  partnershipId: result.partnershipId,
  council: result.councilName,
  phase: result.phase,
  run: result.run,
  figures: result.figures,
  value: valueSummary(result.value),
  performance: performanceSummary(result.performance),
  register: registerSummary(result),
  auditTimeline: {
    entries: result.timeline.length,
    backdated: result.timeline.filter((e) => e.backdated).length,
  },
  illustrative: result.illustrative,
  notes: result.notes,
});
