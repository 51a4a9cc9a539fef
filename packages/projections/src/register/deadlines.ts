import { own } from '@council-partnerships/domain';
import { RegisterContractEntry } from './contractEntry';
import { isEndedPhase } from './standing';
import { RegisterContract, RegisterPartnership } from './state';

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

/** Open deadlines from `today` on, earliest first, with those that stay open past their date. */
export const deadlinesOf = (
  p: RegisterPartnership,
  contracts: readonly RegisterContractEntry[],
  facts: Readonly<Record<string, RegisterContract>>,
  today: string,
): Deadline[] => {
  const items: Deadline[] = [];
  /** Due from `today` on; one that `staysOpen` is still listed after its date, as overdue. */
  const add = (
    kind: DeadlineKind,
    dueOn: string,
    about: { contractId?: string; procurementId?: string },
    description: string,
    staysOpen = false,
  ) => {
    if (dueOn < today && !staysOpen) return;
    const { contractId = null, procurementId = null } = about;
    items.push({ kind, dueOn, contractId, procurementId, description, overdue: dueOn < today });
  };
  for (const e of p.engagementEvents.filter((e) => e.heldOn === null))
    add('engagement-event', e.date, {}, e.title);
  for (const pr of Object.values(p.procurements).filter((pr) => pr.cancelledOn === null)) {
    const about = { procurementId: pr.procurementId };
    if (pr.finalTenderDeadline !== null && pr.tendersReceived === 0)
      add('final-tenders-due', pr.finalTenderDeadline, about, `final tenders for ${pr.title}`);
    for (const s of pr.standstills.filter((s) => s.endedOn === null)) {
      const description = `standstill for ${pr.title} ends; earliest signing ${s.earliestSigningDate}`;
      add('standstill-ends', s.lastDay, about, description);
    }
  }
  for (const c of contracts.filter((c) => c.phase === 'ended-expiry-not-recorded'))
    add(
      'expiry',
      c.endsOn,
      { contractId: c.contractId },
      `${c.title} ended on ${c.endsOn}: record its expiry`,
      true,
    );
  for (const c of contracts.filter((c) => c.phase === 'ended-termination-not-recorded')) {
    const notice = own(facts, c.contractId)?.terminationNotice ?? null;
    const by = notice?.givenBy ?? 'council';
    const description = `${c.title} ended on notice given by the ${by}: record its termination`;
    add(
      'termination-effective',
      notice?.effectiveOn ?? c.endsOn,
      { contractId: c.contractId },
      description,
      true,
    );
  }
  for (const c of contracts.filter((c) => !isEndedPhase(c.phase))) {
    const about = { contractId: c.contractId };
    if (c.phase === 'contracted' && c.startsOn > today)
      add('contract-starts', c.startsOn, about, `${c.title} starts`);
    if (c.extensionDecisionDueBy !== null) {
      const description = `decide whether to extend ${c.title} (${c.extensionOptionsRemaining} option(s) left) before it ends on ${c.endsOn}`;
      add('extension-decision', c.extensionDecisionDueBy, about, description, true);
    }
    if (c.nextKpiAssessmentDueBy !== null)
      add('kpi-assessment', c.nextKpiAssessmentDueBy, about, `KPI assessment of ${c.title}`, true);
    if (c.nextTerminationNoticeDeadline !== null) {
      const description = `last day to give notice under the annual termination clause of ${c.title}`;
      add('termination-notice-deadline', c.nextTerminationNoticeDeadline, about, description);
    }
    const notice = own(facts, c.contractId)?.terminationNotice ?? null;
    if (notice !== null)
      add(
        'termination-effective',
        notice.effectiveOn,
        about,
        `${c.title} ends on notice given by the ${notice.givenBy}`,
      );
    else add('expiry', c.endsOn, about, `${c.title} expires`);
  }
  return items.sort((a, b) =>
    a.dueOn === b.dueOn ? (a.kind < b.kind ? -1 : 1) : a.dueOn < b.dueOn ? -1 : 1,
  );
};
