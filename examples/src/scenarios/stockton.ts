import {
  stockton as seed,
  stocktonStated as stated,
  stocktonTold as told,
} from '@council-partnerships/seeds';
import { runCli } from '../support/cli';
import { scenarioOf, scenarioRunner } from '../support/scenario';

/** Stockton-on-Tees (seed 000), as the seeds tell it; its figures as the read models report them. */
export const stockton = scenarioOf(seed, async (views) => {
  const atGoLive = await views.valueAsOf(told.goLive);
  const afterExpansion = await views.valueAsOf(told.expansionsStart);
  const initial = views.value.contracts.filter((c) => told.modules.some((m) => m.id === c.contractId));
  const { words: _words, ...event } = stated.marketEngagementEvent;
  return {
    marketEngagementEvent: event,
    annualValueAtGoLivePence: atGoLive.annualValuePence,
    initialModulesValueOverMinimumTermPence: initial.reduce((sum, c) => sum + c.initialTermValuePence, 0),
    minimumTermMonths: stated.minimumTermMonths.value,
    potentialAnnualValuePence: afterExpansion.expansion.potentialAnnualValuePence,
    annualValueAfterExpansionPence: afterExpansion.annualValuePence,
    openBook: views.value.openBook,
    marginBasisPoints: told.marginBasisPoints,
  };
});

export const runScenario = scenarioRunner(stockton);

if (require.main === module) void runCli(stockton);
