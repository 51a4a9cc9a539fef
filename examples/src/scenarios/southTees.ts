import {
  southTees as seed,
  southTeesStated as stated,
  southTeesTold as told,
} from '@council-partnerships/seeds';
import { runCli } from '../support/cli';
import { scenarioOf, scenarioRunner } from '../support/scenario';

/** South Tees (seed 002), as the seeds tell it; its figures as the read models report them. */
export const southTees = scenarioOf(seed, (views) => {
  const v = views.value;
  const advertised = v.advertised.find((a) => a.procurementId === told.procurementId);
  return {
    leadCommissioner: stated.leadCommissioner.value,
    commissioners: Object.values(views.state.commissioners).map((c) => c.name),
    fundingSource: stated.fundingSource.value,
    advertisedOn: stated.advertisedOn.value,
    advertisedMaximumValuePence: advertised?.estimatedTotalValuePence ?? null,
    executiveApprovalAbovePence: stated.executiveApprovalAbovePence.value,
    annualValuePence: v.annualValuePence,
    maximumValuePence: v.maximumValuePence,
    commissionerSharesAnnualPence: v.commissionerShares.map((c) => c.annualPence),
    sharesAddUp: v.commissionerShares.reduce((sum, c) => sum + c.maximumPence, 0) === v.maximumValuePence,
  };
});

export const runScenario = scenarioRunner(southTees);

if (require.main === module) void runCli(southTees);
