import { actors } from '@council-partnerships/testing';
import { tell } from '../testing/story';
import { seedStory } from './testSupport';
import {
  commandsOf,
  countyDurham,
  countyDurhamStated as stated,
  countyDurhamTold as told,
  stepsOf,
} from '@council-partnerships/seeds';

/**
 * County Durham (seed 004), as the seeds tell it: a consortia framework contract with Cornforth
 * Partnership, 6 months at £15,000 from July 2011, extended to March 2012 with £17,000 more, then a
 * further 12 months at £25,000 for 2012/13; 37 proformas collated and 34 members admitted; 64
 * providers at the first market engagement workshop. Below the thresholds throughout.
 */
const { decider, toldTo, after, command } = seedStory(countyDurham);

describe('County Durham: a consortia framework contract, extended, then let again', () => {
  const whole = toldTo();
  const first = whole.state.contracts[told.firstContractId];
  const second = whole.state.contracts[told.secondContractId];

  it('lets the first contract for 6 months at £15k and extends it by 3 months to March 2012 with £17k more', () => {
    expect(whole.events.find((e) => e.type === 'ServiceContractSigned')?.data).toMatchObject({
      initialTermValuePence: stated.firstContractInitialPence.value,
      endsOn: '2011-12-31',
      regime: 'below-threshold',
    });
    expect(first).toMatchObject({
      endsOn: '2012-03-31',
      currentValuePence: stated.firstContractInitialPence.value + stated.extensionPence.value,
    });
    expect(whole.events.find((e) => e.type === 'ContractModified')?.data).toMatchObject({
      previousEndsOn: '2011-12-31',
      newEndsOn: '2012-03-31',
      classification: { category: 'outside-regulated-regime', changeNoticeRequired: false },
    });
  });

  it('lets a further contract of 12 months at £25k for 2012/13, with no statutory standstill below the thresholds', () => {
    expect(second).toMatchObject({
      startsOn: '2012-04-01',
      endsOn: '2013-03-31',
      initialTermValuePence: stated.secondContractPence.value,
    });
    const standstill = after(whole, [
      command(
        'IssueStandstillNotice',
        { procurementId: told.secondContractId, lotIds: ['consortia'], noticeDate: '2012-01-26' },
        actors.procurement,
      ),
    ]);
    expect(standstill.refused?.error.code).toBe('StandstillNotApplicable');
  });

  it('admits 34 members on proformas that are tender-ready and meet safeguarding, of 37 collated', () => {
    expect(Object.keys(whole.state.proformas)).toHaveLength(stated.proformasCollated.value);
    expect(Object.keys(whole.state.frameworkMembers)).toHaveLength(stated.frameworkMembers.value);
    const refusedAdmission = stepsOf(countyDurham).find((s) => s.expectRefusal === 'ProformaNotPassed')!;
    expect(after(whole, [refusedAdmission.command]).refused?.error).toMatchObject({
      code: 'ProformaNotPassed',
      details: { tenderReady: false, safeguardingMet: false },
    });
  });

  it('records 64 providers at the first market engagement workshop, October 2011', () => {
    const workshop = whole.state.engagementEvents[told.firstWorkshopId];
    expect(workshop?.attendanceCount).toBe(stated.firstWorkshopAttendance.value);
    expect(workshop?.heldOn?.slice(0, 7)).toBe('2011-10');
  });

  it('refuses to record the 2011 contract under PCR 2015, which was not yet in force', () => {
    const launched = tell(decider, [
      commandsOf(countyDurham)[0]!,
      command(
        'LaunchProcurement',
        {
          procurementId: 'x',
          title: 'x',
          regime: 'PCR2015',
          procedure: 'open',
          lightTouch: false,
          launchedOn: '2011-04-18',
          estimatedAnnualValuePence: 1,
          maximumTermMonths: 6,
          estimatedTotalValuePence: 1,
          lots: [{ lotId: 'l', title: 'l', services: [], localities: [], annualBudgetPence: 1 }],
        },
        actors.procurement,
      ),
    ]);
    expect(launched.refused?.error.code).toBe('RegimeNotInForce');
  });
});
