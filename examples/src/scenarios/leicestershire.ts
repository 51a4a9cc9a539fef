import { leicestershire as seed, leicestershireTold as told } from '@council-partnerships/seeds';
import { runCli } from '../support/cli';
import { scenarioOf, scenarioRunner } from '../support/scenario';

/** Leicestershire (seed 003), as the seeds tell it; its figures as the read models report them. */
export const leicestershire = scenarioOf(seed, (views) => {
  const v = views.value;
  const agreement = v.contracts.find((c) => c.contractId === told.agreementId);
  return {
    advertisedAnnualValuePence: v.advertised[0]?.estimatedAnnualValuePence ?? null,
    advertisedTermMonths: v.advertised[0]?.maximumTermMonths ?? null,
    advertisedMaximumValuePence: v.advertisedMaximumValuePence,
    collaborationAgreementAnnualValuePence: agreement?.annualValuePence ?? null,
    collaborationAgreementStartsOn: agreement?.startsOn ?? null,
    collaborationAgreementEndsOn: agreement?.endsOn ?? null,
    annualTerminationClause: views.state.contracts[told.agreementId]?.annualTerminationClause ?? null,
    boardMeetings: views.state.boards[told.boardId]?.meetingIds.length ?? 0,
    designBriefs: Object.keys(views.state.designBriefs).length,
    externalFundingPence: v.externalFundingPence,
    deliveryContractsAnnualValuePence: v.contracts
      .filter((c) => c.tier === 2)
      .reduce((sum, c) => sum + c.annualValuePence, 0),
  };
});

export const runScenario = scenarioRunner(leicestershire);

if (require.main === module) void runCli(leicestershire);
