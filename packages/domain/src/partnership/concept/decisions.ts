import { refuse } from '../errors';
import { afterChecks, event, field, firstUnrecorded, Handlers, orNull, unusedId } from '../phase/decision';
import { own } from '../../shared/idRecord';

/** The partnership conceived, its commissioners, its funding and the commissioning done before it. */
export const conceptHandlers: Handlers<
  'ConceivePartnership' | 'AddCommissioner' | 'RecordFundingSource' | 'RecordCommissioningActivity'
> = {
  ConceivePartnership: ({ data }, state) =>
    afterChecks(
      () =>
        state.partnershipId !== null &&
        refuse(
          'PartnershipAlreadyConceived',
          `partnership ${state.partnershipId} was conceived on ${state.conceivedOn}; a partnership is conceived once`,
          field('partnershipId'),
        ),
    ).record(() =>
      event('PartnershipConceived', {
        ...data,
        description: orNull(data.description),
        estimatedAnnualValuePence: orNull(data.estimatedAnnualValuePence),
        intendedMinimumTermMonths: orNull(data.intendedMinimumTermMonths),
      }),
    ),

  AddCommissioner: ({ data }, state) =>
    afterChecks(
      () =>
        own(state.commissioners, data.commissionerId) !== undefined &&
        refuse(
          'AlreadyRecorded',
          `${data.commissionerId} is already a commissioner of this partnership`,
          field('commissionerId'),
        ),
    ).record(() => event('CommissionerJoined', data)),

  RecordFundingSource: ({ data }, state) =>
    afterChecks(
      () => unusedId(state.fundingSources, 'funding source', data, 'fundingSourceId'),
      () =>
        firstUnrecorded(state.commissioners, data.contributorIds, (id, place) =>
          refuse(
            'UnknownCommissioner',
            `${id} contributes to ${data.name} but is not a commissioner of this partnership; add it first`,
            field('contributorIds', place),
          ),
        ),
    ).record(() =>
      event('FundingSourceRecorded', { ...data, annualAmountPence: orNull(data.annualAmountPence) }),
    ),

  RecordCommissioningActivity: ({ data }, state) =>
    afterChecks(() => unusedId(state.activities, 'activity', data, 'activityId')).record(() =>
      event('CommissioningActivityRecorded', data),
    ),
};
