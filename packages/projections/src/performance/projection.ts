import { isReadBy } from '../readers';
import { emptyIdRecord, own, PartnershipEvent, pick } from '@council-partnerships/domain';
import { Projection } from '../projection';
import { entryNamed, PartnershipLogged, definePerPartnershipProjection } from '../partnershipEvents';
import { SignedContract, signedContract } from '../signedContract';
import { kpiIdOf, ratingOf, sameText } from './keptText';
import {
  ContractPerformanceState,
  PartnershipPerformanceState,
  PartnershipPerformanceStateCodec,
  PerformanceProjectionState,
  PerformanceReturn,
} from './state';

const emptyPartnership = (partnershipId: string): PartnershipPerformanceState => ({
  partnershipId,
  title: partnershipId,
  agreementId: null,
  contracts: emptyIdRecord(),
  expansions: [],
});

const newContract = (
  signing: SignedContract,
  terms: Pick<ContractPerformanceState, 'kpisRequired' | 'startsOn' | 'endsOn'>,
): ContractPerformanceState => ({
  ...pick(signing, ['contractId', 'tier', 'title', 'supplierName', 'agreementId', 'expansionId']),
  ...terms,
  liveOn: null,
  embeddedOn: null,
  nextKpiAssessmentDueBy: null,
  terminationNoticeEffectiveOn: null,
  ended: null,
  kpis: [],
  returns: [],
  earlierActuals: emptyIdRecord(),
  earlierReturnsNotKept: false,
  reviews: [],
});

type PeriodOf = { readonly periodStart: string; readonly periodEnd: string };

/** Period order: by end, then start (as the scorecards are shown). */
const isBefore = (a: PeriodOf, b: PeriodOf): boolean =>
  a.periodEnd === b.periodEnd ? a.periodStart < b.periodStart : a.periodEnd < b.periodEnd;

/**
 * Files a return among the kept ones in period order (a resubmission replaces the return with its id:
 * the latest figures count) and, past `kept`, lets the oldest go, remembering each KPI's latest
 * measure among those let go.
 */
/**
 * Where the kept return with this id is, or -1. Ids are unique among the kept returns (a resubmission
 * replaces its return), and the one asked about is mostly the latest, so the search starts there.
 */
const keptReturnAt = (c: ContractPerformanceState, returnId: string): number => {
  let at = c.returns.length - 1;
  while (at >= 0 && c.returns[at]!.returnId !== returnId) at -= 1;
  return at;
};

const fileReturn = (c: ContractPerformanceState, filed: PerformanceReturn, kept: number): void => {
  const resubmitted = keptReturnAt(c, filed.returnId);
  if (resubmitted !== -1) c.returns.splice(resubmitted, 1);
  let at = c.returns.length;
  while (at > 0 && isBefore(filed, c.returns[at - 1]!)) at -= 1;
  c.returns.splice(at, 0, filed);
  if (c.returns.length <= kept) return;
  for (const dropped of c.returns.splice(0, c.returns.length - kept)) {
    for (const m of dropped.measures) {
      const known = own(c.earlierActuals, m.kpiId);
      if (known === undefined || !isBefore(dropped, known))
        c.earlierActuals[m.kpiId] = {
          periodStart: dropped.periodStart,
          periodEnd: dropped.periodEnd,
          actual: m.actual,
        };
    }
  }
  c.earlierReturnsNotKept = true;
};

/** A return's measures as filed or corrected, each KPI's actual and its RAG. */
const measuresOf = (
  c: ContractPerformanceState,
  data: { readonly measures: readonly PerformanceReturn['measures'][number][] },
): PerformanceReturn['measures'] => {
  // Written out rather than picked: one of these per KPI of every return, the model's commonest record.
  const measures = new Array<PerformanceReturn['measures'][number]>(data.measures.length);
  for (let i = 0; i < measures.length; i++) {
    const m = data.measures[i]!;
    measures[i] = { kpiId: kpiIdOf(c, m.kpiId), actual: m.actual, rag: m.rag };
  }
  return measures;
};

/** Applies one event to a partnership's performance record, in place (see `PerPartnership`). */
const change = (p: PartnershipPerformanceState, event: PartnershipLogged, kept: number): void => {
  if (!isReadBy('performance', event)) return;
  const contract = entryNamed(p.contracts, event.data, 'contractId');
  switch (event.type) {
    case 'PartnershipConceived':
      p.title = event.data.title;
      return;
    case 'PartnershipAgreementSigned':
    case 'ServiceContractSigned': {
      const signing = signedContract(event);
      if (signing.tier === 1) p.agreementId = signing.contractId;
      p.contracts[signing.contractId] = newContract(signing, {
        kpisRequired: event.type === 'ServiceContractSigned' && event.data.kpisRequired,
        ...pick(event.data, ['startsOn', 'endsOn']),
      });
      return;
    }
    case 'ExtensionOptionExercised':
    case 'ContractModified':
      if (contract !== undefined) contract.endsOn = event.data.newEndsOn;
      return;
    case 'ContractDatesCorrected':
      if (contract === undefined) return;
      contract.startsOn = event.data.startsOn;
      contract.endsOn = event.data.endsOn;
      return;
    case 'KpiDefinitionCorrected': {
      // Returns keep the RAG they were filed with; a correction of a return rates it anew.
      const kpi = contract?.kpis.find((k) => k.kpiId === event.data.kpiId);
      if (kpi === undefined) return;
      // A correction stored before names could be corrected names none: those stay as they were.
      kpi.name = event.data.corrected.name ?? kpi.name;
      kpi.unit = event.data.corrected.unit ?? kpi.unit;
      kpi.frequency = event.data.corrected.frequency ?? kpi.frequency;
      kpi.target = event.data.corrected.target;
      kpi.direction = event.data.corrected.direction;
      kpi.greenWithinBps = event.data.corrected.tolerance.greenWithinBps;
      kpi.amberWithinBps = event.data.corrected.tolerance.amberWithinBps;
      return;
    }
    case 'ServiceWentLive':
      if (contract === undefined) return;
      contract.liveOn = event.data.liveOn;
      contract.nextKpiAssessmentDueBy = event.data.nextKpiAssessmentDueBy ?? contract.nextKpiAssessmentDueBy;
      return;
    case 'ModuleEmbedded':
      if (contract !== undefined) contract.embeddedOn ??= event.data.embeddedOn;
      return;
    case 'KpiDefined':
      if (contract === undefined) return;
      contract.kpis = contract.kpis.filter((k) => k.kpiId !== event.data.kpiId);
      contract.kpis.push({
        ...pick(event.data, ['kpiId', 'name', 'unit', 'target', 'direction']),
        ...pick(event.data.tolerance, ['greenWithinBps', 'amberWithinBps']),
        ...pick(event.data, ['frequency', 'definedOn']),
      });
      return;
    case 'PerformanceReturnSubmitted':
      if (contract === undefined) return;
      // Written out rather than picked and spread: returns are most of the events this model reads.
      fileReturn(
        contract,
        {
          returnId: event.data.returnId,
          periodStart: event.data.periodStart,
          periodEnd: event.data.periodEnd,
          submittedOn: event.data.submittedOn,
          submittedBy: sameText(contract.returns.at(-1)?.submittedBy, event.data.submittedBy.id),
          measures: measuresOf(contract, event.data),
          approvedOn: null,
          corrections: [],
        },
        kept,
      );
      return;
    case 'PerformanceReturnCorrected': {
      // A return let go past `kept` is not corrected here: its figures are no longer shown.
      if (contract === undefined) return;
      const corrected = contract.returns[keptReturnAt(contract, event.data.returnId)];
      if (corrected === undefined) return;
      corrected.measures = measuresOf(contract, event.data);
      if (event.data.approvalWithdrawn) corrected.approvedOn = null;
      corrected.corrections.push({
        ...pick(event.data, ['correctionId', 'correctedOn']),
        correctedBy: event.data.correctedBy.id,
        reason: event.data.reason,
      });
      return;
    }
    case 'PerformanceReturnApproved': {
      const approved = contract?.returns[keptReturnAt(contract, event.data.returnId)];
      if (approved !== undefined) approved.approvedOn = event.data.approvedOn;
      return;
    }
    case 'PerformanceReviewed':
      if (contract === undefined) return;
      contract.embeddedOn ??= event.data.confirmsEmbedded ? event.data.reviewedOn : null;
      contract.nextKpiAssessmentDueBy = event.data.nextAssessmentDueBy;
      // Written out rather than picked and spread, in the order the state codec lists the fields.
      contract.reviews.push({
        reviewId: event.data.reviewId,
        reviewedOn: event.data.reviewedOn,
        periodStart: event.data.periodStart,
        periodEnd: event.data.periodEnd,
        rating: ratingOf(event.data.rating),
        ratingExplanation: event.data.ratingExplanation,
        rag: event.data.rag,
        decision: event.data.decision,
        kpiAssessments: event.data.kpiAssessments.map((a) => ({
          ...a,
          kpiId: kpiIdOf(contract, a.kpiId),
          rating: ratingOf(a.rating),
        })),
        finalAssessment: event.data.finalAssessment,
        confirmsEmbedded: event.data.confirmsEmbedded,
        nextAssessmentDueBy: event.data.nextAssessmentDueBy,
        reviewedBy: sameText(contract.reviews.at(-1)?.reviewedBy, event.data.reviewedBy.id),
      });
      return;
    case 'TerminationNoticeGiven':
      if (contract !== undefined) contract.terminationNoticeEffectiveOn = event.data.effectiveOn;
      return;
    case 'ContractExpired':
      if (contract !== undefined) contract.ended = { on: event.data.expiredOn, how: 'expired' };
      return;
    case 'ContractTerminated':
      if (contract !== undefined) contract.ended = { on: event.data.terminatedOn, how: 'terminated' };
      return;
    case 'ModuleExpansionProposed':
      p.expansions.push({
        ...pick(event.data, ['expansionId', 'title']),
        status: 'proposed',
        decidedOn: null,
      });
      return;
    case 'ModuleExpansionApproved':
    case 'ModuleExpansionRejected': {
      const expansion = p.expansions.find((e) => e.expansionId === event.data.expansionId);
      if (expansion === undefined) return;
      expansion.status = event.type === 'ModuleExpansionApproved' ? 'approved' : 'rejected';
      expansion.decidedOn =
        event.type === 'ModuleExpansionApproved' ? event.data.approvedOn : event.data.rejectedOn;
      return;
    }
  }
};

export const DEFAULT_SCORECARDS_KEPT = 24;

export interface PerformanceProjectionOptions {
  /**
   * How many returns (scorecards) to keep per contract, the latest by period; default 24, two years of
   * monthly returns. Older returns stay in the log (replay as of a date, the audit timeline); the read
   * model's memory then stays the same however long the contracts run. `'all'` keeps every one.
   */
  readonly scorecardsKept?: number | 'all';
}

/**
 * Performance: KPIs, the latest returns and every review of each contract, which modules are embedded,
 * expansions. Each choice of `scorecardsKept` is a projection of its own name, so snapshots made with
 * one are never read as another.
 */
export const createPerformanceProjection = (options: PerformanceProjectionOptions = {}) => {
  const keep = options.scorecardsKept ?? DEFAULT_SCORECARDS_KEPT;
  if (keep !== 'all' && !(Number.isSafeInteger(keep) && keep >= 1))
    throw new RangeError(`scorecardsKept must be 'all' or a whole number, 1 or more (got ${String(keep)})`);
  const kept = keep === 'all' ? Number.POSITIVE_INFINITY : keep;
  const projection: Projection<PerformanceProjectionState, PartnershipEvent> = definePerPartnershipProjection(
    {
      name: keep === DEFAULT_SCORECARDS_KEPT ? 'performance' : `performance-keeping-${String(keep)}`,
      // 2: returns kept in period order, up to `scorecardsKept`.
      // 3: corrections of a return's figures.
      version: 3,
      empty: emptyPartnership,
      change: (p, event) => change(p, event, kept),
      partnershipCodec: PartnershipPerformanceStateCodec,
    },
  );
  return projection;
};

/** The performance read model keeping the latest 24 returns of each contract. */
export const performanceProjection = createPerformanceProjection();
