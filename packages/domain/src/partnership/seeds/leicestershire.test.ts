import { actors } from '@council-partnerships/testing';
import { expectTold } from '../testing/story';
import { seedStory } from './testSupport';
import {
  leicestershire,
  leicestershireStated as stated,
  leicestershireTold as told,
  pounds,
} from '@council-partnerships/seeds';

/**
 * Leicestershire (seed 003), as the seeds tell it: a Children's Innovation Partnership procured under
 * the PCR 2015 light-touch regime, advertised at £70m a year for 10 years (£700m); a collaboration
 * agreement with Barnardo's at no cost from 1 December 2018, with an annual termination clause for
 * either party; a monthly board, design briefs, and delivery contracts beneath the agreement.
 */
const { toldTo, after, command } = seedStory(leicestershire);
const AGREEMENT = told.agreementId;

describe("Leicestershire: a two-tier Children's Innovation Partnership under the light-touch regime", () => {
  const agreed = toldTo('agreed');
  const whole = toldTo();

  it('advertised £70m a year for 10 years, £700m, under PCR 2015 light touch (a hybrid open procedure)', () => {
    expect(agreed.events.find((e) => e.type === 'ProcurementLaunched')?.data).toMatchObject({
      regime: 'PCR2015',
      procedure: 'open',
      lightTouch: true,
      estimatedAnnualValuePence: stated.advertisedAnnualValuePence.value,
      estimatedTotalValuePence: stated.advertisedMaximumValuePence.value,
      maximumTermMonths: stated.advertisedTermMonths.value,
    });
  });

  it('awarded in November 2018 with the collaboration agreement from 1 December 2018, at no cost, for up to 10 years', () => {
    const award = agreed.events.find((e) => e.type === 'AwardDecisionMade')?.data;
    expect(award && 'decidedOn' in award && award.decidedOn.slice(0, 7)).toBe(stated.awarded.value);
    expect(agreed.state.contracts[AGREEMENT]).toMatchObject({
      tier: 1,
      startsOn: stated.collaborationAgreementStartsOn.value,
      endsOn: '2028-11-30',
      annualValuePence: 0,
      potentialAnnualValuePence: stated.advertisedAnnualValuePence.value,
      annualTerminationClause: { noticeMonths: told.noticeMonths, exercisableBy: ['council', 'partner'] },
    });
  });

  it('records the monthly board, the design briefs and the DfE funding the partner secured', () => {
    expect(whole.state.boards[told.boardId]?.meetingIds).toHaveLength(7);
    expect(Object.keys(whole.state.designBriefs).sort()).toEqual(['brief-1', 'brief-2', 'brief-3']);
    expect(whole.events.find((e) => e.type === 'ExternalFundingSecured')?.data).toMatchObject({
      amountPence: stated.externalFundingPence.value,
      securedBy: { role: 'partner' },
    });
  });

  it('contracts delivery beneath the collaboration agreement as tier 2', () => {
    expect(whole.state.contracts[told.deliveryContractId]).toMatchObject({ tier: 2, agreementId: AGREEMENT });
  });

  // PCR 2015 gives light-touch contracts no freedom to change (that is PA 2023 s.74(2)): the delivery
  // contracts the collaboration agreement provides for are a change under reg 72(1)(a).
  it('contracts the delivery of a designed service to a third party as tier 2, a change the agreement provided for (PCR 2015 reg 72(1)(a))', () => {
    const delivery = expectTold(
      after(agreed, [
        command(
          'ProposeModuleExpansion',
          {
            expansionId: 'deliver-brief-2',
            agreementId: AGREEMENT,
            title: 'Delivery of the brief 2 service design',
            services: ['Designed service (brief 2)'],
            deliveryModel: 'third-party',
            annualValuePence: pounds(1_200_000),
            proposedOn: '2019-04-01',
          },
          actors.board,
        ),
        command(
          'ApproveModuleExpansion',
          { expansionId: 'deliver-brief-2', approvedOn: '2019-04-09' },
          actors.officer,
        ),
        command('SignServiceContract', {
          contractId: 'brief-2-delivery',
          title: 'Brief 2 delivery',
          services: ['Designed service (brief 2)'],
          supplierId: 'local-provider',
          supplierName: 'Local provider',
          deliveryModel: 'third-party',
          thirdPartyProviderName: 'Local provider',
          expansionId: 'deliver-brief-2',
          signedOn: '2019-05-01',
          startsOn: '2019-06-01',
          initialTerm: { years: 2, months: 0 },
          annualValuePence: pounds(1_200_000),
        }),
      ]),
    );
    expect(delivery.events.find((e) => e.type === 'ModuleExpansionApproved')?.data).toMatchObject({
      classification: { category: 'provided-for-in-contract', changeNoticeRequired: false },
    });
    expect(delivery.state.contracts['brief-2-delivery']).toMatchObject({
      tier: 2,
      agreementId: AGREEMENT,
      deliveryModel: 'third-party',
    });
  });

  it('ends only on an anniversary, on enough notice, under the annual termination clause (either party)', () => {
    const notice = (noticeGivenOn: string, effectiveOn: string, givenBy: 'council' | 'partner' = 'partner') =>
      command(
        'GiveTerminationNotice',
        {
          contractId: AGREEMENT,
          ground: 'annual-termination-clause',
          givenBy,
          noticeGivenOn,
          effectiveOn,
          reason: 'Illustration of the clause',
        },
        givenBy === 'partner' ? actors.partner : actors.officer,
      );
    const terminated = (terminatedOn: string) =>
      command('RecordTermination', { contractId: AGREEMENT, terminatedOn }, actors.contractManager);
    expect(after(agreed, [notice('2020-01-10', '2020-06-30')]).refused?.error).toMatchObject({
      code: 'NotAnAnniversary',
      details: { earliestEffectiveOn: '2020-12-01' },
    });
    expect(after(agreed, [notice('2020-07-01', '2020-12-01')]).refused?.error).toMatchObject({
      code: 'NoticeTooShort',
      details: { earliestEffectiveOn: '2021-12-01' },
    });
    const noticeGiven = expectTold(after(agreed, [notice('2020-05-01', '2020-12-01', 'council')]));
    expect(after(noticeGiven, [terminated('2020-11-30')]).refused?.error).toMatchObject({
      code: 'TerminationNotYetEffective',
      details: { effectiveOn: '2020-12-01' },
    });
    const done = expectTold(after(noticeGiven, [terminated('2020-12-01')]));
    expect(done.state.contracts[AGREEMENT]).toMatchObject({ status: 'terminated', endedOn: '2020-12-01' });
  });
});
