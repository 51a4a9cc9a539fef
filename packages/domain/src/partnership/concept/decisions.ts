import { left } from 'fp-ts/Either';
import { alreadyRecorded, event, field, Handlers, no, ok, orNull } from '../phase/decision';
import { own } from '../../shared/idRecord';

export const conceptHandlers: Handlers<
  'ConceivePartnership' | 'AddCommissioner' | 'RecordFundingSource' | 'RecordCommissioningActivity'
> = {
  ConceivePartnership: ({ data }, state) => {
    if (state.partnershipId !== null) {
      return no(
        'PartnershipAlreadyConceived',
        `partnership ${state.partnershipId} was conceived on ${state.conceivedOn}; a partnership is conceived once`,
        field('partnershipId'),
      );
    }
    return ok(
      event('PartnershipConceived', {
        partnershipId: data.partnershipId,
        title: data.title,
        serviceArea: data.serviceArea,
        description: orNull(data.description),
        leadCommissioner: {
          commissionerId: data.leadCommissioner.commissionerId,
          name: data.leadCommissioner.name,
        },
        conceivedOn: data.conceivedOn,
        estimatedAnnualValuePence: orNull(data.estimatedAnnualValuePence),
        intendedMinimumTermMonths: orNull(data.intendedMinimumTermMonths),
      }),
    );
  },

  AddCommissioner: ({ data }, state) => {
    if (own(state.commissioners, data.commissionerId) !== undefined) {
      return no(
        'AlreadyRecorded',
        `${data.commissionerId} is already a commissioner of this partnership`,
        field('commissionerId'),
      );
    }
    return ok(
      event('CommissionerJoined', {
        partnershipId: data.partnershipId,
        commissionerId: data.commissionerId,
        name: data.name,
        kind: data.kind,
        joinedOn: data.joinedOn,
      }),
    );
  },

  RecordFundingSource: ({ data }, state) => {
    if (own(state.fundingSources, data.fundingSourceId) !== undefined) {
      return left(alreadyRecorded('funding source', data.fundingSourceId, field('fundingSourceId')));
    }
    const unknown = data.contributorIds.findIndex((id) => own(state.commissioners, id) === undefined);
    if (unknown >= 0) {
      return no(
        'UnknownCommissioner',
        `${data.contributorIds[unknown]} contributes to ${data.name} but is not a commissioner of this partnership; add it first`,
        field('contributorIds', String(unknown)),
      );
    }
    return ok(
      event('FundingSourceRecorded', {
        partnershipId: data.partnershipId,
        fundingSourceId: data.fundingSourceId,
        name: data.name,
        kind: data.kind,
        contributorIds: data.contributorIds,
        annualAmountPence: orNull(data.annualAmountPence),
        recordedOn: data.recordedOn,
      }),
    );
  },

  RecordCommissioningActivity: ({ data }, state) => {
    if (own(state.activities, data.activityId) !== undefined) {
      return left(alreadyRecorded('activity', data.activityId, field('activityId')));
    }
    return ok(
      event('CommissioningActivityRecorded', {
        partnershipId: data.partnershipId,
        activityId: data.activityId,
        stage: data.stage,
        activity: data.activity,
        completedOn: data.completedOn,
      }),
    );
  },
};
