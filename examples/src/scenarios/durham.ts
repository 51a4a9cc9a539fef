import { countyDurham as seed, countyDurhamTold as told } from '@council-partnerships/seeds';
import { runCli } from '../support/cli';
import { scenarioOf, scenarioRunner } from '../support/scenario';

/** County Durham (seed 004), as the seeds tell it; its figures as the read models report them. */
export const durham = scenarioOf(seed, (views) => {
  const v = views.value;
  const first = v.contracts.find((c) => c.contractId === told.firstContractId);
  const second = v.contracts.find((c) => c.contractId === told.secondContractId);
  const workshop = views.state.engagementEvents[told.firstWorkshopId];
  return {
    firstContractInitialPence: first?.initialTermValuePence ?? null,
    extensionPence: first === undefined ? null : first.committedValuePence - first.initialTermValuePence,
    firstContractEndsOn: first?.endsOn ?? null,
    secondContractPence: second?.initialTermValuePence ?? null,
    totalCommittedPence: v.committedValuePence,
    proformasAssessed: Object.keys(views.state.proformas).length,
    frameworkMembers: Object.keys(views.state.frameworkMembers).length,
    firstWorkshopAttendance: workshop?.attendanceCount ?? null,
  };
});

export const runScenario = scenarioRunner(durham);

if (require.main === module) void runCli(durham);
