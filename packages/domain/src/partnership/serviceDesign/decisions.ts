import { refuse } from '../errors';
import { afterChecks, event, field, Handlers, orNull, unusedId } from '../phase/decision';
import { notBeforeSigning, withAgreementInForce, withRecorded } from '../phase/lookups';

/** Two-tier partnerships: under the agreement, a design brief issued and the service design agreed. */
export const serviceDesignHandlers: Handlers<'IssueDesignBrief' | 'AgreeServiceDesign'> = {
  IssueDesignBrief: ({ data }, state) =>
    withAgreementInForce(state, data.agreementId, 'design briefs are issued', (agreement) =>
      afterChecks(
        () => unusedId(state.designBriefs, 'design brief', data, 'briefId'),
        () => notBeforeSigning(agreement, data.issuedOn, 'issuedOn', 'the brief'),
      ).record(() => event('DesignBriefIssued', data)),
    ),

  AgreeServiceDesign: ({ data }, state) =>
    withRecorded(
      state.designBriefs,
      data.briefId,
      refuse('UnknownDesignBrief', `no design brief ${data.briefId} has been issued`, field('briefId')),
      (brief) =>
        afterChecks(
          () =>
            brief.agreedOn != null &&
            refuse(
              'DesignAlreadyAgreed',
              `the design for brief ${data.briefId} was agreed on ${brief.agreedOn}`,
              field('briefId'),
            ),
        ).record(() => event('ServiceDesignAgreed', { ...data, meetingId: orNull(data.meetingId) })),
    ),
};
