import {
  centralBedfordshire as seed,
  centralBedfordshireStated as stated,
  centralBedfordshireTold as told,
} from '@council-partnerships/seeds';
import { runCli } from '../support/cli';
import { scenarioOf, scenarioRunner } from '../support/scenario';

/** Central Bedfordshire (seed 001), as the seeds tell it; its figures as the read models report them. */
export const centralBedfordshire = scenarioOf(seed, (views) => {
  const v = views.value;
  const lots = v.lots;
  const youth = lots.find((l) => l.lotId === told.youthLotId);
  return {
    lots: lots.length,
    localityLotsAnnualPence: lots
      .filter((l) => l.lotId.startsWith(told.localityLotPrefix))
      .reduce((sum, l) => sum + l.annualBudgetPence, 0),
    youthAnnualPence: youth?.annualBudgetPence ?? null,
    youthServicesPence: youth?.services.map((x) => x.annualBudgetPence) ?? [],
    supervisedContactAnnualPence: lots.find((l) => l.lotId === told.contactLotId)?.annualBudgetPence ?? null,
    annualEnvelopePence: v.annualValuePence,
    initialTermValuePence: v.initialTermValuePence,
    maximumValueBeforeSavingsPence: v.maximumValueBeforeSavingsPence,
    mtfpSavingsOverSevenYearsPence: v.maximumValueBeforeSavingsPence - v.maximumValuePence,
    maximumCommitmentAfterSavingsPence: v.maximumValuePence,
    procedures: v.advertised.map((a) => `${a.procurementId}: ${a.procedure}`),
    standstillEnded: stated.standstillEnded.value,
    startsOn: told.startsOn,
  };
});

export const runScenario = scenarioRunner(centralBedfordshire);

if (require.main === module) void runCli(centralBedfordshire);
