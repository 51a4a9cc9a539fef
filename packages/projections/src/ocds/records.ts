import { OcdsPartnership } from './state';

/** A partnership's publication facts before any of its events. */
export const emptyOcdsPartnership = (partnershipId: string): OcdsPartnership => ({
  partnershipId,
  title: partnershipId,
  description: null,
  buyer: null,
  commissioners: [],
  engagements: [],
  procurements: [],
  awards: [],
  contracts: [],
  suppliers: [],
  kpis: [],
  notices: [],
  releases: [],
});

/** Adds a supplier, or brings its name and any newly recorded details up to date. */
export const upsertSupplier = (
  p: OcdsPartnership,
  supplierId: string,
  name: string,
  details: unknown,
): void => {
  const known = p.suppliers.find((s) => s.supplierId === supplierId);
  const recorded =
    details === undefined || details === null ? null : (structuredClone(details) as Record<string, unknown>);
  if (known === undefined) p.suppliers.push({ supplierId, name, details: recorded });
  else {
    known.name = name;
    if (recorded !== null) known.details = recorded;
  }
};
