import { Actor, PartnershipCommand } from '@council-partnerships/domain';
import { actors } from '@council-partnerships/testing';
import { expectTold } from '../testing/story';
import { seedStory } from './testSupport';
import { pounds, stockton, stocktonStated, stocktonTold } from '@council-partnerships/seeds';

/**
 * Stockton-on-Tees (seed 000), as the seeds tell it: a Partnership Agreement with modular Service
 * Contracts of about £1.1m a year for at least 5 years, open book on verified expenditure, further
 * modules only once the first are embedded, up to £2.8m a year.
 */
const { toldTo: told, after, command } = seedStory(stockton);
const [familyTime] = stocktonTold.modules;

const propose = (expansionId: string, annualPence: number): PartnershipCommand =>
  command(
    'ProposeModuleExpansion',
    {
      expansionId,
      agreementId: stocktonTold.agreementId,
      title: 'Early help delivered jointly with Help and Support',
      services: ['Early help family support'],
      deliveryModel: 'co-delivery-with-council',
      annualValuePence: annualPence,
      proposedOn: '2023-09-04',
    },
    actors.partner,
  );
const approve = (expansionId: string, actor: Actor = actors.executive): PartnershipCommand =>
  command('ApproveModuleExpansion', { expansionId, approvedOn: '2023-10-13' }, actor);

describe('Stockton-on-Tees: a partnership agreement with modular service contracts', () => {
  const live = told('live');

  it('records the virtual market engagement event of 17 August 2021, 10:00 to 12:00, nominations via NEPO', () => {
    const { date, startTime, endTime } = stocktonStated.marketEngagementEvent;
    expect(live.events.find((e) => e.type === 'MarketEngagementEventScheduled')?.data).toMatchObject({
      date,
      startTime,
      endTime,
      format: 'virtual',
      nominationChannel: expect.stringContaining('NEPO') as unknown,
    });
  });

  it('has three modules worth £1.1m a year, £5.5m over the five-year minimum term', () => {
    const modules = Object.values(live.state.contracts).filter((c) => c.tier === 2);
    expect(modules).toHaveLength(stocktonStated.initialModules.value);
    expect(modules.reduce((s, c) => s + c.annualValuePence, 0)).toBe(stocktonStated.annualValuePence.value);
    expect(modules.reduce((s, c) => s + c.initialTermValuePence, 0)).toBe(
      stocktonStated.valueOverMinimumTermPence.value,
    );
    expect(live.state.contracts[stocktonTold.agreementId]).toMatchObject({ tier: 1, endsOn: '2027-06-30' });
  });

  it('adds the agreed margin to verified expenditure only, rounded to the penny', () => {
    const story = expectTold(
      after(live, [
        command(
          'ClaimExpenditure',
          {
            contractId: familyTime.id,
            claimId: 'ft-2022-q3',
            periodStart: '2022-07-01',
            periodEnd: '2022-09-30',
            claimedOn: '2022-10-10',
            claimedPence: 12_345_67,
          },
          actors.partner,
        ),
        command(
          'VerifyExpenditure',
          {
            contractId: familyTime.id,
            claimId: 'ft-2022-q3',
            verifiedOn: '2022-10-24',
            verifiedPence: 12_000_01,
          },
          actors.finance,
        ),
      ]),
    );
    expect(story.events[story.events.length - 1]?.data).toMatchObject({
      verifiedPence: 1_200_001,
      disallowedPence: 34_566,
      marginBasisPoints: stocktonTold.marginBasisPoints,
      marginPence: 96_000, // 8% of £12,000.01 is £960.0008
      payablePence: 1_296_001,
      rounding: 'half-up',
    });
  });

  it('considers expansion only after every initial module is embedded', () => {
    const early = after(live, [propose('too-early', pounds(1_200_000)), approve('too-early')]);
    expect(early.refused?.error).toMatchObject({ code: 'ModulesNotEmbedded' });
    expect(early.refused?.error.message).toContain(stocktonTold.modules.map((m) => m.id).join(', '));
  });

  it('expands the scope to £2.8m a year once embedded, co-delivered with Help and Support, as provided for in the agreement', () => {
    const whole = told();
    const approvals = whole.events.filter((e) => e.type === 'ModuleExpansionApproved');
    expect(approvals.map((e) => e.data)).toMatchObject([
      { scopeAnnualValueBeforePence: stocktonStated.annualValuePence.value },
      { scopeAnnualValueAfterPence: stocktonStated.potentialAnnualValuePence.value },
    ]);
    for (const approval of approvals)
      expect(approval.data).toMatchObject({
        classification: {
          category: 'provided-for-in-contract',
          substantial: false,
          changeNoticeRequired: false,
        },
      });
    const annual = Object.values(whole.state.contracts).reduce((s, c) => s + c.annualValuePence, 0);
    expect(annual).toBe(stocktonStated.potentialAnnualValuePence.value);
  });

  const embedded = told('embedded');

  it('refuses an expansion beyond the £2.8m the agreement provided for, unless a permitted ground is named', () => {
    const headroom = stocktonStated.potentialAnnualValuePence.value - stocktonStated.annualValuePence.value;
    const story = after(embedded, [propose('too-far', headroom + pounds(100_000)), approve('too-far')]);
    expect(story.refused?.error).toMatchObject({ code: 'SubstantialModification' });
    expect(story.refused?.error.message).toContain('£2,800,000.00');
  });

  it('will not let the person who proposed an expansion approve it', () => {
    const story = after(embedded, [
      propose('self', pounds(1_000)),
      approve('self', { ...actors.partner, role: 'board' }),
    ]);
    expect(story.refused?.error).toMatchObject({ code: 'SegregationOfDuties' });
  });
});
