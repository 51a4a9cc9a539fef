import { emptyIdRecord, own } from '@council-partnerships/domain';
import { isEndedPhase, standingPhase } from './standing';
import { plusMonths, plusYears } from '../dates';
import { ContractFigures } from '../contractValue/figures';
import { partnershipValue } from '../contractValue/view';
import { PartnershipValueState } from '../contractValue/state';
import { RegisterState } from './projection';
import { RegisterContract, RegisterPartnership, RegisterProcurement } from './state';

export type Phase =
  | 'concept'
  | 'market-engagement'
  | 'procurement'
  | 'evaluation'
  | 'award-decision'
  | 'standstill'
  | 'awaiting-signature'
  | 'contracted'
  | 'mobilisation'
  | 'live'
  | 'under-notice'
  | 'expired'
  | 'terminated'
  /** Every contract has ended by its dates, and at least one end is not yet recorded. */
  | 'ended-expiry-not-recorded'
  | 'ended-termination-not-recorded'
  | 'cancelled';

export type ContractPhase =
  | 'contracted'
  | 'mobilisation'
  | 'live'
  | 'under-notice'
  | 'expired'
  | 'terminated'
  | 'ended-expiry-not-recorded'
  | 'ended-termination-not-recorded';

export type DeadlineKind =
  | 'engagement-event'
  | 'final-tenders-due'
  | 'standstill-ends'
  | 'contract-starts'
  | 'extension-decision'
  | 'kpi-assessment'
  | 'termination-notice-deadline'
  | 'termination-effective'
  | 'expiry';

export interface Deadline {
  readonly kind: DeadlineKind;
  readonly dueOn: string;
  /** Still open although its date has passed (an extension not yet decided, an assessment not yet made). */
  readonly overdue: boolean;
  readonly contractId: string | null;
  readonly procurementId: string | null;
  readonly description: string;
}

export interface RegisterContractEntry {
  readonly contractId: string;
  readonly tier: 1 | 2;
  readonly title: string;
  readonly services: readonly string[];
  readonly supplierId: string;
  readonly supplierName: string;
  readonly deliveryModel: string | null;
  readonly phase: ContractPhase;
  readonly regime: string;
  readonly lightTouch: boolean;
  readonly procurementId: string | null;
  readonly procedure: string | null;
  readonly noticeReference: string | null;
  readonly supplierDetails: RegisterContract['supplierDetails'];
  readonly irrecoverableVatPence: number | null;
  /** The review date recorded on signing, else the next KPI assessment due. */
  readonly reviewOn: string | null;
  readonly signedOn: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly maximumEndsOn: string;
  readonly extensionOptionsRemaining: number;
  readonly extensionDecisionDueBy: string | null;
  readonly nextKpiAssessmentDueBy: string | null;
  readonly nextTerminationNoticeDeadline: string | null;
  readonly annualValuePence: number;
  /** Value over the contract as it now stands (initial term, extensions taken up, modifications). */
  readonly totalValuePence: number;
  /** With every extension option, after savings. */
  readonly maximumValuePence: number;
}

export interface RegisterEntry {
  readonly partnershipId: string;
  readonly title: string;
  readonly serviceArea: string | null;
  readonly description: string | null;
  readonly leadCommissioner: string | null;
  readonly phase: Phase;
  readonly suppliers: readonly string[];
  readonly annualValuePence: number;
  readonly totalValuePence: number;
  readonly maximumValuePence: number;
  readonly advertisedMaximumValuePence: number | null;
  readonly keyDates: {
    readonly conceivedOn: string | null;
    readonly launchedOn: string | null;
    readonly advertisedOn: string | null;
    readonly standstillEnds: string | null;
    readonly startsOn: string | null;
    readonly endsOn: string | null;
    readonly maximumEndsOn: string | null;
  };
  readonly procurements: readonly RegisterProcurement[];
  readonly contracts: readonly RegisterContractEntry[];
  /** Open deadlines from `today` on, earliest first, with any still open past their date. */
  readonly deadlines: readonly Deadline[];
  readonly nextDue: Deadline | null;
}

export interface RegisterOptions {
  /** The business date the register is read on: decides phases and what is due next. */
  readonly today: string;
  /** How long before the end of the term an extension must be decided (default 6 months). */
  readonly extensionDecisionLeadMonths?: number;
}

const earliest = (dates: readonly (string | null)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d !== null && (a === null || d < a) ? d : a), null);
const latest = (dates: readonly (string | null)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d !== null && (a === null || d > a) ? d : a), null);

/** The last day to give notice under an annual termination clause for the next anniversary it can still reach. */
const nextNoticeDeadline = (
  c: RegisterContract,
  f: ContractFigures,
  today: string,
): { deadline: string; anniversary: string } | null => {
  if (c.annualTerminationClause === null || f.ended !== null) return null;
  for (let year = 1; ; year++) {
    const anniversary = plusYears(f.startsOn, year);
    if (anniversary > f.endsOn) return null;
    const deadline = plusMonths(anniversary, -c.annualTerminationClause.noticeMonths);
    if (deadline >= today) return { deadline, anniversary };
  }
};

const contractPhase = (c: RegisterContract, f: ContractFigures, today: string): ContractPhase =>
  standingPhase(
    {
      ended: f.ended,
      startsOn: f.startsOn,
      endsOn: f.endsOn,
      liveOn: c.liveOn,
      mobilisationStartedOn: c.mobilisationStartedOn,
      terminationNoticeEffectiveOn: c.terminationNotice?.effectiveOn ?? null,
    },
    today,
  );

const phaseOf = (
  p: RegisterPartnership,
  contracts: readonly RegisterContractEntry[],
  today: string,
): Phase => {
  if (contracts.length > 0) {
    const phases = contracts.map((c) => c.phase);
    if (phases.every(isEndedPhase)) {
      for (const unrecorded of ['ended-expiry-not-recorded', 'ended-termination-not-recorded'] as const)
        if (phases.includes(unrecorded)) return unrecorded;
      return phases.every((ph) => ph === 'terminated') ? 'terminated' : 'expired';
    }
    for (const phase of ['live', 'under-notice', 'mobilisation'] as const)
      if (phases.includes(phase)) return phase;
    return 'contracted';
  }
  const procurements = Object.values(p.procurements);
  if (procurements.length > 0) {
    const open = procurements.filter((pr) => pr.cancelledOn === null);
    if (open.length === 0) return 'cancelled';
    const standstills = open.flatMap((pr) => pr.standstills);
    if (standstills.some((s) => s.endedOn === null && s.lastDay >= today)) return 'standstill';
    if (standstills.length > 0) return 'awaiting-signature';
    if (open.some((pr) => pr.awardedLotIds.length > 0)) return 'award-decision';
    if (open.some((pr) => pr.evaluatedLotIds.length > 0)) return 'evaluation';
    return 'procurement';
  }
  return p.engagementEvents.length > 0 ? 'market-engagement' : 'concept';
};

const contractEntry = (
  c: RegisterContract,
  f: ContractFigures,
  value: PartnershipValueState,
  p: RegisterPartnership,
  options: RegisterOptions,
): RegisterContractEntry => {
  const state = own(value.contracts, f.contractId);
  const remaining =
    state === undefined ? 0 : Math.max(0, state.extensionOptions.length - state.extensionsExercised.length);
  const procurementId = state?.procurementId ?? null;
  const procurement = procurementId === null ? undefined : own(p.procurements, procurementId);
  const phase = contractPhase(c, f, options.today);
  const inForce = !isEndedPhase(phase);
  const notice = inForce ? nextNoticeDeadline(c, f, options.today) : null;
  return {
    contractId: f.contractId,
    tier: f.tier,
    title: f.title,
    services: c.services,
    supplierId: f.supplierId,
    supplierName: f.supplierName,
    deliveryModel: c.deliveryModel,
    phase,
    regime: c.regime,
    lightTouch: c.lightTouch,
    procurementId,
    procedure: procurement?.procedure ?? null,
    noticeReference:
      c.noticeReferences.length > 0 ? c.noticeReferences.join('; ') : (procurement?.noticeReference ?? null),
    supplierDetails: c.supplierDetails,
    irrecoverableVatPence: c.irrecoverableVatPence,
    reviewOn: c.reviewOn ?? (inForce ? c.nextKpiAssessmentDueBy : null),
    signedOn: state?.signedOn ?? f.startsOn,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
    maximumEndsOn: f.maximumEndsOn,
    extensionOptionsRemaining: remaining,
    extensionDecisionDueBy:
      remaining > 0 && inForce ? plusMonths(f.endsOn, -(options.extensionDecisionLeadMonths ?? 6)) : null,
    nextKpiAssessmentDueBy: inForce ? c.nextKpiAssessmentDueBy : null,
    nextTerminationNoticeDeadline: notice?.deadline ?? null,
    annualValuePence: f.annualValuePence,
    totalValuePence: f.committedValuePence,
    maximumValuePence: f.maximumValuePence,
  };
};

const deadlinesOf = (
  p: RegisterPartnership,
  contracts: readonly RegisterContractEntry[],
  facts: Readonly<Record<string, RegisterContract>>,
  today: string,
): Deadline[] => {
  const items: Deadline[] = [];
  const add = (item: Omit<Deadline, 'overdue'>, staysOpen = false) => {
    if (item.dueOn >= today) items.push({ ...item, overdue: false });
    else if (staysOpen) items.push({ ...item, overdue: true });
  };
  for (const e of p.engagementEvents.filter((e) => e.heldOn === null)) {
    add({
      kind: 'engagement-event',
      dueOn: e.date,
      contractId: null,
      procurementId: null,
      description: e.title,
    });
  }
  for (const pr of Object.values(p.procurements).filter((pr) => pr.cancelledOn === null)) {
    if (pr.finalTenderDeadline !== null && pr.tendersReceived === 0) {
      add({
        kind: 'final-tenders-due',
        dueOn: pr.finalTenderDeadline,
        contractId: null,
        procurementId: pr.procurementId,
        description: `final tenders for ${pr.title}`,
      });
    }
    for (const s of pr.standstills.filter((s) => s.endedOn === null)) {
      add({
        kind: 'standstill-ends',
        dueOn: s.lastDay,
        contractId: null,
        procurementId: pr.procurementId,
        description: `standstill for ${pr.title} ends; earliest signing ${s.earliestSigningDate}`,
      });
    }
  }
  for (const c of contracts.filter((c) => c.phase === 'ended-expiry-not-recorded')) {
    add(
      {
        kind: 'expiry',
        dueOn: c.endsOn,
        contractId: c.contractId,
        procurementId: null,
        description: `${c.title} ended on ${c.endsOn}: record its expiry`,
      },
      true,
    );
  }
  for (const c of contracts.filter((c) => c.phase === 'ended-termination-not-recorded')) {
    const notice = own(facts, c.contractId)?.terminationNotice ?? null;
    add(
      {
        kind: 'termination-effective',
        dueOn: notice?.effectiveOn ?? c.endsOn,
        contractId: c.contractId,
        procurementId: null,
        description: `${c.title} ended on notice given by the ${notice?.givenBy ?? 'council'}: record its termination`,
      },
      true,
    );
  }
  for (const c of contracts.filter((c) => !isEndedPhase(c.phase))) {
    const running = c.phase !== 'contracted' || c.startsOn <= today;
    if (!running)
      add({
        kind: 'contract-starts',
        dueOn: c.startsOn,
        contractId: c.contractId,
        procurementId: null,
        description: `${c.title} starts`,
      });
    if (c.extensionDecisionDueBy !== null) {
      add(
        {
          kind: 'extension-decision',
          dueOn: c.extensionDecisionDueBy,
          contractId: c.contractId,
          procurementId: null,
          description: `decide whether to extend ${c.title} (${c.extensionOptionsRemaining} option(s) left) before it ends on ${c.endsOn}`,
        },
        true,
      );
    }
    if (c.nextKpiAssessmentDueBy !== null) {
      add(
        {
          kind: 'kpi-assessment',
          dueOn: c.nextKpiAssessmentDueBy,
          contractId: c.contractId,
          procurementId: null,
          description: `KPI assessment of ${c.title}`,
        },
        true,
      );
    }
    if (c.nextTerminationNoticeDeadline !== null) {
      add({
        kind: 'termination-notice-deadline',
        dueOn: c.nextTerminationNoticeDeadline,
        contractId: c.contractId,
        procurementId: null,
        description: `last day to give notice under the annual termination clause of ${c.title}`,
      });
    }
    const notice = own(facts, c.contractId)?.terminationNotice ?? null;
    if (notice !== null) {
      add({
        kind: 'termination-effective',
        dueOn: notice.effectiveOn,
        contractId: c.contractId,
        procurementId: null,
        description: `${c.title} ends on notice given by the ${notice.givenBy}`,
      });
    } else {
      add({
        kind: 'expiry',
        dueOn: c.endsOn,
        contractId: c.contractId,
        procurementId: null,
        description: `${c.title} expires`,
      });
    }
  }
  return items.sort((a, b) =>
    a.dueOn === b.dueOn ? (a.kind < b.kind ? -1 : 1) : a.dueOn < b.dueOn ? -1 : 1,
  );
};

/** One partnership's register entry, read on `today`. */
export const registerEntry = (
  p: RegisterPartnership,
  value: PartnershipValueState,
  options: RegisterOptions,
): RegisterEntry => {
  const figures = partnershipValue(value, { today: options.today });
  const contracts = figures.contracts.flatMap((f) => {
    const facts = own(p.contracts, f.contractId);
    return facts === undefined ? [] : [contractEntry(facts, f, value, p, options)];
  });
  const procurements = Object.values(p.procurements);
  const deadlines = deadlinesOf(p, contracts, p.contracts, options.today);
  return {
    partnershipId: p.partnershipId,
    title: p.title,
    serviceArea: p.serviceArea,
    description: p.description,
    leadCommissioner: p.leadCommissioner,
    phase: phaseOf(p, contracts, options.today),
    suppliers: [...new Set(contracts.map((c) => c.supplierName))],
    annualValuePence: figures.annualValuePence,
    totalValuePence: figures.committedValuePence,
    maximumValuePence: figures.maximumValuePence,
    advertisedMaximumValuePence: figures.advertisedMaximumValuePence,
    keyDates: {
      conceivedOn: p.conceivedOn,
      launchedOn: earliest(procurements.map((pr) => pr.launchedOn)),
      advertisedOn: earliest(procurements.map((pr) => pr.advertisedOn)),
      standstillEnds: latest(procurements.flatMap((pr) => pr.standstills.map((s) => s.lastDay))),
      startsOn: earliest(contracts.map((c) => c.startsOn)),
      endsOn: latest(contracts.map((c) => c.endsOn)),
      maximumEndsOn: latest(contracts.map((c) => c.maximumEndsOn)),
    },
    procurements,
    contracts,
    deadlines,
    nextDue: deadlines.find((d) => !d.overdue) ?? null,
  };
};

const emptyValue = (partnershipId: string): PartnershipValueState => ({
  partnershipId,
  title: partnershipId,
  estimatedAnnualValuePence: null,
  commissioners: [],
  fundingSources: [],
  procurements: emptyIdRecord(),
  contracts: emptyIdRecord(),
  expansions: emptyIdRecord(),
  externalFunding: [],
});

/** The council's register: every partnership, in title order, read on `today`. */
export const contractRegister = (state: RegisterState, options: RegisterOptions): RegisterEntry[] =>
  Object.values(state.facts.partnerships)
    .map((p) =>
      registerEntry(
        p,
        own(state.value.partnerships, p.partnershipId) ?? emptyValue(p.partnershipId),
        options,
      ),
    )
    .sort((a, b) =>
      a.title === b.title ? (a.partnershipId < b.partnershipId ? -1 : 1) : a.title < b.title ? -1 : 1,
    );
