import { Actor } from '@council-partnerships/domain';
import { DataOf } from './script';

/**
 * The people who record a partnership's history, by role. Names are illustrative: the source
 * documents name organisations, not the officers who would record each step.
 */
export interface Cast {
  readonly commissioning: Actor;
  readonly procurement: Actor;
  readonly finance: Actor;
  readonly contractManager: Actor;
  readonly legal: Actor;
  readonly democratic: Actor;
  readonly executive: Actor;
  readonly board: Actor;
  readonly partner: Actor;
}

/** A council's officers and its partner's manager; `slug` keeps ids distinct between councils. */
export const castFor = (slug: string, council: string, partner: string): Cast => {
  const officer = (role: string, title: string): Actor => ({
    id: `${slug}-${role}`,
    role,
    name: `${title} (illustrative)`,
    organisation: council,
  });
  return {
    commissioning: officer('commissioning-officer', 'Commissioning officer'),
    procurement: officer('procurement-officer', 'Procurement officer'),
    finance: officer('finance-officer', 'Finance officer'),
    contractManager: officer('contract-manager', 'Contract manager'),
    legal: officer('legal-officer', 'Solicitor'),
    democratic: officer('democratic-services', 'Democratic services officer'),
    executive: officer('executive', 'Executive'),
    board: officer('board', 'Partnership board secretary'),
    partner: {
      id: `${slug}-partner-manager`,
      role: 'partner',
      name: 'Partnership manager (illustrative)',
      organisation: partner,
    },
  };
};

/** Whole pounds to pence: the seeds state money in pounds; the library holds integer pence. */
export const pounds = (amount: number): number => {
  if (!Number.isSafeInteger(amount)) throw new Error(`${amount} is not a whole number of pounds`);
  return amount * 100;
};

type SupplierDetails = NonNullable<DataOf<'SignServiceContract'>['supplierDetails']>;

/**
 * A provider as its contracts record it: its registrations (none where the document gives none, so
 * the publications report them missing), whether it is an SME or in the voluntary sector, neither a
 * public service mutual nor given an address by any document; and a council recovers the VAT on
 * these services (VAT Act 1994 s.33).
 */
export const providerFacts = (provider: {
  readonly identifiers?: SupplierDetails['identifiers'];
  readonly sme: boolean;
  readonly vcse: boolean;
}) => ({
  supplierDetails: {
    identifiers: provider.identifiers ?? [],
    sme: provider.sme,
    vcse: provider.vcse,
    publicServiceMutual: false,
    address: null,
  },
  irrecoverableVatPence: 0,
});

/** A provider the source document does not describe (illustrative): an SME in the voluntary sector. */
export const undescribedProvider = () => providerFacts({ sme: true, vcse: true });
