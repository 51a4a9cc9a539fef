import { own } from '@council-partnerships/domain';
import { partnershipValue } from '../contractValue/view';
import { PartnershipValueState } from '../contractValue/state';
import { emptyPartnershipValue } from '../contractValue/records';
import { contractEntry, RegisterContractEntry, RegisterOptions } from './contractEntry';
import { Deadline, deadlinesOf } from './deadlines';
import { Phase, registerPhase } from './phase';
import { RegisterState } from './projection';
import { RegisterPartnership, RegisterProcurement } from './state';

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

const earliest = (dates: readonly (string | null)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d !== null && (a === null || d < a) ? d : a), null);
const latest = (dates: readonly (string | null)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d !== null && (a === null || d > a) ? d : a), null);

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
    phase: registerPhase(
      p,
      contracts.map((c) => c.phase),
      options.today,
    ),
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

/** The council's register: every partnership, in title order, read on `today`. */
export const contractRegister = (state: RegisterState, options: RegisterOptions): RegisterEntry[] =>
  Object.values(state.facts.partnerships)
    .map((p) =>
      registerEntry(
        p,
        own(state.value.partnerships, p.partnershipId) ?? emptyPartnershipValue(p.partnershipId),
        options,
      ),
    )
    .sort((a, b) =>
      a.title === b.title ? (a.partnershipId < b.partnershipId ? -1 : 1) : a.title < b.title ? -1 : 1,
    );
