import { refuse } from '../errors';
import { afterChecks, event, field, Handlers, orNull } from '../phase/decision';
import { findContract, findProcurement } from '../phase/lookups';

/** Notices about a procurement (UK2 may precede one), and those about a signed contract. */
const PROCUREMENT_NOTICES = new Set(['UK4', 'UK5', 'UK6', 'UK12', 'PCR-contract-notice', 'PCR-award-notice']);
const CONTRACT_NOTICES = new Set(['UK7', 'UK8', 'UK9', 'UK10', 'UK11']);

/** A notice published on the platform, recorded with what it is about. */
export const noticeHandlers: Handlers<'RecordNoticePublication'> = {
  RecordNoticePublication: ({ data }, state) =>
    afterChecks(
      () =>
        PROCUREMENT_NOTICES.has(data.noticeType) &&
        data.procurementId === undefined &&
        refuse(
          'NoticeSubjectMissing',
          `a ${data.noticeType} notice is about a procurement: name it in procurementId`,
          field('procurementId'),
        ),
      () =>
        CONTRACT_NOTICES.has(data.noticeType) &&
        data.contractId === undefined &&
        refuse(
          'NoticeSubjectMissing',
          `a ${data.noticeType} notice is about a signed contract: name it in contractId`,
          field('contractId'),
        ),
      () =>
        data.noticeType === 'UK10' &&
        data.modificationId === undefined &&
        refuse(
          'NoticeSubjectMissing',
          'a UK10 contract change notice (Procurement Act 2023 s.75) names the modification in modificationId',
          field('modificationId'),
        ),
      () => data.procurementId !== undefined && findProcurement(state, data.procurementId),
      () => data.contractId !== undefined && findContract(state, data.contractId),
    ).record(() =>
      event('NoticePublished', {
        ...data,
        platform: orNull(data.platform),
        procurementId: orNull(data.procurementId),
        contractId: orNull(data.contractId),
        modificationId: orNull(data.modificationId),
        engagementEventId: orNull(data.engagementEventId),
      }),
    ),
};
