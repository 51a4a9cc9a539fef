import { refuse } from '../errors';
import { afterChecks, event, field, Handlers, orNull, unusedId } from '../phase/decision';
import { own } from '../../shared/idRecord';
import { notBeforeSigning, withAgreementInForce } from '../phase/lookups';

/** Two-tier partnerships: under the agreement, a design brief issued and the service design agreed. */
export const serviceDesignHandlers: Handlers<'IssueDesignBrief' | 'AgreeServiceDesign'> = {
  IssueDesignBrief: ({ data }, state) =>
    withAgreementInForce(state, data.agreementId, 'design briefs are issued', (agreement) =>
      afterChecks(
        () => unusedId(state.designBriefs, 'design brief', data, 'briefId'),
        () => notBeforeSigning(agreement, data.issuedOn, 'issuedOn', 'the brief'),
      ).record(() => event('DesignBriefIssued', data)),
    ),

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
