import { Actor } from '@council-partnerships/domain';

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

/**
 * A provider the source document does not describe (illustrative): no registration number, so the
 * publications report it missing; an SME in the voluntary sector; and a council recovers the VAT on
 * these services (VAT Act 1994 s.33).
 */
export const undescribedProvider = () => ({
  supplierDetails: { identifiers: [], sme: true, vcse: true, publicServiceMutual: false, address: null },
  irrecoverableVatPence: 0,
});
