import { refuse } from '../errors';
import { afterChecks, event, field, Handlers, orNull, unusedId } from '../phase/decision';
import { own } from '../../shared/idRecord';
import { agreementInForce, notBeforeSigning } from '../phase/lookups';

/** Two-tier partnerships: under the agreement, a design brief issued and the service design agreed. */
export const serviceDesignHandlers: Handlers<'IssueDesignBrief' | 'AgreeServiceDesign'> = {
  IssueDesignBrief: ({ data }, state) => {
    const agreement = agreementInForce(state, data.agreementId);
    return afterChecks(
      () =>
        agreement === undefined &&
        refuse(
          'NoAgreement',
          `design briefs are issued under a partnership agreement in force; ${data.agreementId} is not one`,
          field('agreementId'),
        ),
      () => unusedId(state.designBriefs, 'design brief', data, 'briefId'),
      () => notBeforeSigning(agreement, data.issuedOn, 'issuedOn', 'the brief'),
    ).record(() => event('DesignBriefIssued', data));
  },

  AgreeServiceDesign: ({ data }, state) => {
    const brief = own(state.designBriefs, data.briefId);
    return afterChecks(
      () =>
        brief === undefined &&
        refuse('UnknownDesignBrief', `no design brief ${data.briefId} has been issued`, field('briefId')),
      () =>
        brief?.agreedOn != null &&
        refuse(
          'DesignAlreadyAgreed',
          `the design for brief ${data.briefId} was agreed on ${brief.agreedOn}`,
          field('briefId'),
        ),
    ).record(() => event('ServiceDesignAgreed', { ...data, meetingId: orNull(data.meetingId) }));
  },
};
