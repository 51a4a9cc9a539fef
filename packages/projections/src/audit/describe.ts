import { PartnershipEvent } from '@council-partnerships/domain';

/** 'ServiceContractSigned' -> 'Service contract signed'. */
export const typeInWords = (type: string): string => {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const IDENTIFYING_FIELDS = [
  'contractId',
  'agreementId',
  'procurementId',
  'lotId',
  'expansionId',
  'modificationId',
  'claimId',
  'returnId',
  'reviewId',
  'kpiId',
  'decisionId',
  'engagementEventId',
  'fundingId',
  'briefId',
] as const;

const pounds = (pence: number): string => {
  const sign = pence < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(pence) / 100).toLocaleString('en-GB');
  return `${sign}£${whole}.${String(Math.abs(pence) % 100).padStart(2, '0')}`;
};

/** A one-line account of an event for a timeline: what happened, to what, and any headline figure. */
export const summarise = (event: PartnershipEvent): string => {
  const data = event.data as unknown as Record<string, unknown>;
  const ids = IDENTIFYING_FIELDS.filter((f) => typeof data[f] === 'string').map(
    (f) => `${f.replace(/Id$/, '')} ${String(data[f])}`,
  );
  const detail = (() => {
    switch (event.type) {
      case 'PartnershipConceived':
        return event.data.title;
      case 'ServiceContractSigned':
      case 'PartnershipAgreementSigned':
        return `${event.data.title}, ${pounds(event.data.annualValuePence)} a year from ${event.data.startsOn}`;
      case 'AwardDecisionMade':
        return `to ${event.data.supplierName}, ${pounds(event.data.totalValuePence)}`;
      case 'ContractModified':
        return `${event.data.description} (${event.data.classification.category})`;
      case 'ExpenditureVerified':
        return `${pounds(event.data.verifiedPence)} verified, ${pounds(event.data.payablePence)} payable`;
      case 'PerformanceReviewed':
        return `rated ${event.data.rating}, ${event.data.decision}`;
      case 'GovernanceDecisionRecorded':
        return `${event.data.body}: ${event.data.outcome} (${event.data.subject})`;
      default:
        return null;
    }
  })();
  return [
    typeInWords(event.type),
    ids.length > 0 ? `(${ids.join(', ')})` : null,
    detail === null ? null : `: ${detail}`,
  ]
    .filter((part) => part !== null)
    .join(' ')
    .replace(' : ', ': ');
};
