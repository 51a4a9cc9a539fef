import { isReadBy } from '../readers';
import { formatPounds, PartnershipEvent, ShareApproved } from '@council-partnerships/domain';

const inWords = new Map<string, string>();

/** 'ServiceContractSigned' -> 'Service contract signed' (worked out once per type: a timeline asks per event). */
export const typeInWords = (type: string): string => {
  let words = inWords.get(type);
  if (words === undefined) {
    const lower = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    words = lower.charAt(0).toUpperCase() + lower.slice(1);
    if (inWords.size < 1000) inWords.set(type, words);
  }
  return words;
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

/**
 * £1,234,567.89: the domain's pound format, under the name this package has always exported it by,
 * so the timeline and every report write an amount the same way.
 */
export const pounds = formatPounds;

/**
 * Which decision approved each commissioner's share of a commitment, where its own scheme of
 * delegation needed one: the commissioner, its share's value and the decision, for an auditor.
 */
const sharesApproved = (approvals: readonly ShareApproved[] | undefined): string =>
  (approvals ?? [])
    .map(
      (a) =>
        `; commissioner ${a.commissionerId}'s share of ${pounds(a.sharePence)} approved by decision ${a.governanceDecisionId}`,
    )
    .join('');

/** A one-line account of an event for a timeline: what happened, to what, and any headline figure. */
export const summarise = (event: PartnershipEvent): string => {
  const data = event.data as unknown as Record<string, unknown>;
  let ids = '';
  for (const field of IDENTIFYING_FIELDS) {
    const value = data[field];
    if (typeof value === 'string') ids += `${ids === '' ? '' : ', '}${field.slice(0, -2)} ${value}`;
  }
  const detail = (() => {
    if (!isReadBy('timeline-detail', event)) return null;
    switch (event.type) {
      case 'PartnershipConceived':
        return event.data.title;
      case 'ServiceContractSigned':
      case 'PartnershipAgreementSigned':
        return (
          `${event.data.title}, ${pounds(event.data.annualValuePence)} a year from ${event.data.startsOn}` +
          sharesApproved(event.data.shareApprovals)
        );
      case 'ExtensionOptionExercised':
        // Described only when a commissioner's own decision approved its share, as before otherwise.
        return event.data.shareApprovals === undefined || event.data.shareApprovals.length === 0
          ? null
          : `option ${event.data.optionNumber} to ${event.data.newEndsOn}` +
              sharesApproved(event.data.shareApprovals);
      case 'AwardDecisionMade':
        return `to ${event.data.supplierName}, ${pounds(event.data.totalValuePence)}`;
      case 'ContractModified':
        return (
          `${event.data.description} (${event.data.classification.category})` +
          sharesApproved(event.data.shareApprovals)
        );
      case 'ExpenditureVerified':
        return `${pounds(event.data.verifiedPence)} verified, ${pounds(event.data.payablePence)} payable`;
      case 'PerformanceReturnCorrected':
        return (
          `correction ${event.data.correctionId} by ${event.data.correctedBy.id}: ${event.data.measures
            .map((m, i) => {
              const before = event.data.previousMeasures[i];
              return before === undefined || before.actual === m.actual
                ? null
                : `${m.kpiId} ${before.actual} (${before.rag}) corrected to ${m.actual} (${m.rag})`;
            })
            .filter((change) => change !== null)
            .join(', ')}; ${event.data.reason}` + (event.data.approvalWithdrawn ? '; approval withdrawn' : '')
        );
      case 'ExpenditureClaimCorrected':
        return `correction ${event.data.correctionId} by ${event.data.correctedBy.id}: ${pounds(event.data.previousClaimedPence)} corrected to ${pounds(event.data.claimedPence)}; ${event.data.reason}`;
      case 'KpiDefinitionCorrected': {
        const [was, now] = [event.data.previous, event.data.corrected];
        const named = (what: string, before: string | undefined, after: string | undefined) =>
          after === undefined || before === after
            ? null
            : `${what} ${before ?? '(not recorded)'} corrected to ${after}`;
        const changes = [
          named('name', was.name, now.name),
          named('unit', was.unit, now.unit),
          named('reporting', was.frequency, now.frequency),
          was.target === now.target ? null : `target ${was.target} corrected to ${now.target}`,
          was.direction === now.direction ? null : `${was.direction} corrected to ${now.direction}`,
          was.tolerance.greenWithinBps === now.tolerance.greenWithinBps &&
          was.tolerance.amberWithinBps === now.tolerance.amberWithinBps
            ? null
            : `bands green ${was.tolerance.greenWithinBps} / amber ${was.tolerance.amberWithinBps} bps corrected to ${now.tolerance.greenWithinBps} / ${now.tolerance.amberWithinBps} bps`,
        ].filter((change) => change !== null);
        return `correction ${event.data.correctionId} by ${event.data.correctedBy.id}: ${changes.join(', ')}; ${event.data.reason}`;
      }
      case 'ContractDatesCorrected':
        return `correction ${event.data.correctionId} by ${event.data.correctedBy.id}: ${event.data.previousStartsOn} to ${event.data.previousEndsOn} corrected to ${event.data.startsOn} to ${event.data.endsOn}; ${event.data.reason}`;
      case 'PerformanceReviewed':
        return `rated ${event.data.rating}, ${event.data.decision}`;
      case 'GovernanceDecisionRecorded':
        return `${event.data.body}: ${event.data.outcome} (${event.data.subject})`;
    }
  })();
  return typeInWords(event.type) + (ids === '' ? '' : ` (${ids})`) + (detail === null ? '' : `: ${detail}`);
};
