import { PartnershipLogged } from '../partnershipEvents';
import { buyerRef, contractSection, councilParties, missingSupplierFacts, supplierParty } from './sections';
import { NoticeSubject, OcdsAward, OcdsContract, OcdsPartnership, ReleaseDraft } from './state';
import { gbp, londonInstant, startOfDay, endOfDay } from './values';

type Json = Record<string, unknown>;

/** The notice a PCR 2015 procurement publishes where the Procurement Act 2023 has its UK notice. */
const noticeFor = (regime: string, pa2023: string, pcr: string | null): string =>
  regime === 'PA2023' || pcr === null ? pa2023 : pcr;

const subject = (
  noticeType: string,
  about: Partial<Omit<NoticeSubject, 'noticeType'>> = {},
): NoticeSubject => ({
  noticeType,
  procurementId: about.procurementId ?? null,
  contractId: about.contractId ?? null,
  modificationId: about.modificationId ?? null,
  engagementEventId: about.engagementEventId ?? null,
});

/** The process a procurement belongs to: the first shares the partnership's, so a UK2 and its UK4 link. */
export const processKeyOf = (p: OcdsPartnership, procurementId: string | null): string => {
  if (procurementId === null) return p.partnershipId;
  const procurement = p.procurements.find((x) => x.procurementId === procurementId);
  return procurement?.processKey ?? p.partnershipId;
};

const supplierOf = (p: OcdsPartnership, supplierId: string) =>
  p.suppliers.find((s) => s.supplierId === supplierId);

/** The parties a release refers to: the councils, and the suppliers of the awards it carries. */
const partiesFor = (p: OcdsPartnership, supplierIds: readonly string[]): Json[] => {
  const parties = councilParties(p);
  for (const id of [...new Set(supplierIds)]) {
    const supplier = supplierOf(p, id);
    if (supplier !== undefined) parties.push(supplierParty(supplier));
  }
  return parties;
};

export const awardSection = (p: OcdsPartnership, a: OcdsAward, status: 'pending' | 'active'): Json => {
  const supplier = supplierOf(p, a.supplierId);
  return {
    id: a.awardId,
    title: a.title,
    status,
    date: startOfDay(a.decidedOn),
    value: gbp(a.valuePence),
    suppliers: [{ id: a.supplierId, name: supplier?.name ?? a.supplierId }],
    ...(a.lotId === null ? {} : { relatedLots: [a.lotId] }),
    ...(a.standstill === null
      ? {}
      : {
          standstillPeriod: {
            startDate: startOfDay(a.standstill.startOn),
            endDate: endOfDay(a.standstill.lastDay),
          },
        }),
  };
};

export interface ReleaseInput {
  readonly event: PartnershipLogged;
  readonly kind: string;
  readonly processKey: string;
  readonly tag: string;
  readonly notice: NoticeSubject;
  readonly documentAt: { section: string; id: string | null };
  readonly sections: Json;
  readonly supplierIds?: readonly string[];
  readonly missing?: readonly string[];
}

/** Adds one release, as the fact made it, to the partnership's list. */
export const addRelease = (p: OcdsPartnership, input: ReleaseInput): void => {
  const buyer = buyerRef(p);
  const draft: ReleaseDraft = {
    processKey: input.processKey,
    localId: `${input.kind}-${input.event.envelope.streamVersion}`,
    position: input.event.envelope.globalPosition,
    date: londonInstant(input.event.envelope.occurredAt),
    tag: [input.tag],
    notice: input.notice,
    documentAt: input.documentAt,
    sections: {
      parties: partiesFor(p, input.supplierIds ?? []),
      ...(buyer === null ? {} : { buyer }),
      ...input.sections,
    },
    missing: [...(input.missing ?? [])],
  };
  p.releases.push(draft);
};

/** The award release (UK6, or the PCR 2015 award notice) for an award. */
export const addAwardRelease = (
  p: OcdsPartnership,
  event: PartnershipLogged,
  a: OcdsAward,
  regime: string,
): void => {
  a.published = true;
  addRelease(p, {
    event,
    kind: `award-${a.awardId}`,
    processKey: a.processKey,
    tag: 'award',
    notice: subject(noticeFor(regime, 'UK6', 'PCR-award-notice'), { procurementId: a.procurementId }),
    documentAt: { section: 'awards', id: a.awardId },
    sections: { awards: [awardSection(p, a, 'pending')] },
    supplierIds: [a.supplierId],
  });
};

/** The contract details release (UK7): the award it came from, active, and the contract as signed. */
export const addContractRelease = (p: OcdsPartnership, event: PartnershipLogged, c: OcdsContract): void => {
  const award = p.awards.find((a) => a.awardId === c.awardId);
  const supplier = supplierOf(p, c.supplierId);
  addRelease(p, {
    event,
    kind: `contract-${c.contractId}`,
    processKey: c.processKey,
    tag: 'contract',
    notice: subject('UK7', { contractId: c.contractId }),
    documentAt: { section: 'contracts', id: c.contractId },
    sections: {
      awards: award === undefined ? [] : [awardSection(p, award, 'active')],
      contracts: [contractSection(c)],
    },
    supplierIds: [c.supplierId],
    missing: supplier === undefined ? [] : missingSupplierFacts(supplier, `contract ${c.contractId}`),
  });
};

/** A release about a signed contract after signing: performance, change, termination. */
export const addContractChangeRelease = (
  p: OcdsPartnership,
  event: PartnershipLogged,
  c: OcdsContract,
  change: {
    kind: string;
    tag: string;
    noticeType: string;
    modificationId?: string;
    contract: Json;
    documentAt?: string;
  },
): void => {
  const award = p.awards.find((a) => a.awardId === c.awardId);
  addRelease(p, {
    event,
    kind: change.kind,
    processKey: c.processKey,
    tag: change.tag,
    notice: subject(change.noticeType, {
      contractId: c.contractId,
      ...(change.modificationId === undefined ? {} : { modificationId: change.modificationId }),
    }),
    documentAt: { section: change.documentAt ?? 'contracts', id: c.contractId },
    sections: {
      awards: award === undefined ? [] : [awardSection(p, award, 'active')],
      contracts: [contractSection(c, change.contract)],
    },
    supplierIds: [c.supplierId],
  });
};

export { subject, noticeFor };
