import { lastDayOfTerm } from '../dates';
import { OcdsContract, OcdsPartnership, OcdsSupplier } from './state';
import { endOfDay, gbp, startOfDay } from './values';

type Json = Record<string, unknown>;

/** org-id.guide scheme of each register a supplier can be identified in. */
const schemeName = (scheme: string): string =>
  ({
    'GB-COH': 'Companies House',
    'GB-CHC': 'Charity Commission for England and Wales',
    'GB-SC': 'Scottish Charity Regulator',
    'GB-NIC': 'Charity Commission for Northern Ireland',
    'GB-MPR': 'Mutuals Public Register',
    'GB-PPON': 'Public Procurement Organisation Number',
  })[scheme] ?? scheme;

interface Details {
  identifiers: { scheme: string; id: string }[];
  sme: boolean | null;
  vcse: boolean | null;
  publicServiceMutual: boolean | null;
  address: Json | null;
}

const detailsOf = (supplier: OcdsSupplier): Details | null => supplier.details as unknown as Details | null;

/** The supplier as an OCDS party: its registrations, address and the UK extension's status fields. */
export const supplierParty = (supplier: OcdsSupplier): Json => {
  const details = detailsOf(supplier);
  const party: Json = { id: supplier.supplierId, name: supplier.name, roles: ['supplier'] };
  if (details === null) return party;
  const [main, ...others] = details.identifiers;
  if (main !== undefined) {
    party['identifier'] = { scheme: main.scheme, id: main.id, legalName: supplier.name };
    if (others.length > 0)
      party['additionalIdentifiers'] = others.map((i) => ({
        scheme: i.scheme,
        id: i.id,
        legalName: supplier.name,
      }));
  }
  if (details.address !== null) {
    const address: Json = {};
    for (const [key, value] of Object.entries(details.address)) if (value !== null) address[key] = value;
    party['address'] = address;
  }
  const status: Json = {};
  if (details.sme !== null) status['scale'] = details.sme ? 'sme' : 'large';
  if (details.vcse !== null) status['vcse'] = details.vcse;
  if (details.publicServiceMutual !== null)
    status['publicServiceMissionOrganization'] = details.publicServiceMutual;
  if (Object.keys(status).length > 0) party['details'] = status;
  return party;
};

/** What a release about this supplier cannot say, each named so the publisher can record it. */
export const missingSupplierFacts = (supplier: OcdsSupplier, about: string): string[] => {
  const details = detailsOf(supplier);
  const who = `${about}: supplier ${supplier.name} (${supplier.supplierId})`;
  if (details === null) return [`${who} has no supplier details recorded (registration number, SME, VCSE)`];
  const missing: string[] = [];
  if (details.identifiers.length === 0)
    missing.push(`${who} has no registration identifier (GB-COH company or GB-CHC charity number)`);
  if (details.sme === null) missing.push(`${who} has no SME status recorded`);
  if (details.vcse === null) missing.push(`${who} has no VCSE status recorded`);
  return missing;
};

export const identifierSchemeName = schemeName;

/** The council(s) as parties: the lead is the buyer and procuring entity, the others joint buyers. */
export const councilParties = (p: OcdsPartnership): Json[] => {
  const parties: Json[] = [];
  if (p.buyer !== null)
    parties.push({ id: p.buyer.id, name: p.buyer.name, roles: ['buyer', 'procuringEntity'] });
  for (const c of p.commissioners)
    if (c.id !== p.buyer?.id) parties.push({ id: c.id, name: c.name, roles: ['buyer'] });
  return parties;
};

export const buyerRef = (p: OcdsPartnership): Json | null =>
  p.buyer === null ? null : { id: p.buyer.id, name: p.buyer.name };

/** The last day a contract can run to, with every extension option taken up. */
export const maxExtentDate = (c: OcdsContract): string => lastDayOfTerm(c.startsOn, c.maximumTermMonths);

/** A contract as OCDS `contracts[]` carries it, as it stands now. */
export const contractSection = (c: OcdsContract, extra: Json = {}): Json => ({
  id: c.contractId,
  awardID: c.awardId,
  title: c.title,
  ...(c.services.length > 0 ? { description: c.services.join('; ') } : {}),
  status: c.status,
  period: {
    startDate: startOfDay(c.startsOn),
    endDate: endOfDay(c.endsOn),
    maxExtentDate: endOfDay(maxExtentDate(c)),
    durationInMonths: c.initialTermMonths + c.extensionMonths,
  },
  value: gbp(c.valuePence),
  dateSigned: startOfDay(c.signedOn),
  ...extra,
});
