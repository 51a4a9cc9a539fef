import { left } from 'fp-ts/Either';
import { event, field, Handlers, no, ok, orNull } from '../phase/decision';
import { findContract, findProcurement } from '../phase/lookups';

/** Notices about a procurement (UK2 may precede one), and those about a signed contract. */
const PROCUREMENT_NOTICES = new Set(['UK4', 'UK5', 'UK6', 'UK12', 'PCR-contract-notice', 'PCR-award-notice']);
const CONTRACT_NOTICES = new Set(['UK7', 'UK8', 'UK9', 'UK10', 'UK11']);

export const noticeHandlers: Handlers<'RecordNoticePublication'> = {
  RecordNoticePublication: ({ data }, state) => {
    if (PROCUREMENT_NOTICES.has(data.noticeType) && data.procurementId === undefined) {
      return no(
        'NoticeSubjectMissing',
        `a ${data.noticeType} notice is about a procurement: name it in procurementId`,
        field('procurementId'),
      );
    }
    if (CONTRACT_NOTICES.has(data.noticeType) && data.contractId === undefined) {
      return no(
        'NoticeSubjectMissing',
        `a ${data.noticeType} notice is about a signed contract: name it in contractId`,
        field('contractId'),
      );
    }
    if (data.noticeType === 'UK10' && data.modificationId === undefined) {
      return no(
        'NoticeSubjectMissing',
        'a UK10 contract change notice (Procurement Act 2023 s.75) names the modification in modificationId',
        field('modificationId'),
      );
    }
    if (data.procurementId !== undefined) {
      const found = findProcurement(state, data.procurementId);
      if (found._tag === 'Left') return left(found.left);
    }
    if (data.contractId !== undefined) {
      const found = findContract(state, data.contractId);
      if (found._tag === 'Left') return left(found.left);
    }
    return ok(
      event('NoticePublished', {
        partnershipId: data.partnershipId,
        noticeId: data.noticeId,
        noticeType: data.noticeType,
        reference: data.reference,
        publishedOn: data.publishedOn,
        platform: orNull(data.platform),
        procurementId: orNull(data.procurementId),
        contractId: orNull(data.contractId),
        modificationId: orNull(data.modificationId),
        engagementEventId: orNull(data.engagementEventId),
      }),
    );
  },
};
