import { Either, left, right } from 'fp-ts/Either';
import { PartnershipError, refuse } from '../errors';
import { SupplierDetails } from '../events/supplier';
import { field, notBefore } from '../phase/decision';

interface SigningFactsInput {
  readonly signedOn: string;
  readonly supplierDetails?: SupplierDetails;
  readonly irrecoverableVatPence?: number;
  readonly reviewOn?: string;
}

export interface SigningFacts {
  readonly supplierDetails: SupplierDetails | null;
  readonly irrecoverableVatPence: number | null;
  readonly reviewOn: string | null;
}

/**
 * The supplier and publication facts a signing records (event schema version 2), checked: a review
 * cannot fall before the signing, and a supplier is registered at most once in each register.
 */
export const signingFacts = (data: SigningFactsInput): Either<PartnershipError, SigningFacts> => {
  if (data.reviewOn !== undefined) {
    const early = notBefore(data.reviewOn, data.signedOn, field('reviewOn'), 'the review', 'the signing');
    if (early !== undefined) return left(early);
  }
  const details = data.supplierDetails;
  if (details !== undefined) {
    const seen = new Set<string>();
    for (const [i, identifier] of details.identifiers.entries()) {
      if (seen.has(identifier.scheme)) {
        return left(
          refuse(
            'DuplicateSupplierIdentifier',
            `the supplier is given two ${identifier.scheme} registrations; give one per register`,
            field('supplierDetails', 'identifiers', String(i), 'scheme'),
          ),
        );
      }
      seen.add(identifier.scheme);
    }
  }
  return right({
    supplierDetails:
      details === undefined
        ? null
        : {
            identifiers: details.identifiers.map((i) => ({ scheme: i.scheme, id: i.id })),
            sme: details.sme,
            vcse: details.vcse,
            publicServiceMutual: details.publicServiceMutual,
            address: details.address === null ? null : { ...details.address },
          },
    irrecoverableVatPence: data.irrecoverableVatPence ?? null,
    reviewOn: data.reviewOn ?? null,
  });
};
