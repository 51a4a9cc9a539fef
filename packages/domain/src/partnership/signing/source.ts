import { Either, left, right } from 'fp-ts/Either';
import { formatPounds } from '../../money';
import { Regime } from '../codecs';
import { PartnershipError, refuse } from '../errors';
import { field, firstRefusal, notBefore } from '../phase/decision';
import { findExpansion, openProcurement } from '../phase/lookups';
import { ContractState, PartnershipState } from '../state';
import { own } from '../../shared/idRecord';
import { clearedToSign } from './terms';

/** The law a module contract is let under, taken from where it comes from. */
export interface LetUnder {
  readonly regime: Regime;
  readonly lightTouch: boolean;
}

interface ModuleSigning {
  readonly contractId: string;
  readonly supplierId: string;
  readonly signedOn: string;
  readonly annualValuePence: number;
  readonly agreementId?: string | undefined;
  readonly procurementId?: string | undefined;
  readonly lotId?: string | undefined;
  readonly expansionId?: string | undefined;
}

/** An approved expansion not yet contracted, within its approved value, under its own agreement. */
const fromExpansion = (
  data: ModuleSigning,
  expansionId: string,
  state: PartnershipState,
  agreement: ContractState | undefined,
): Either<PartnershipError, LetUnder> => {
  const found = findExpansion(state, expansionId);
  if (found._tag === 'Left') return found;
  const expansion = found.right;
  const refusal = firstRefusal(
    () =>
      expansion.status !== 'approved' &&
      refuse(
        'ExpansionNotApproved',
        `module expansion ${expansionId} is ${expansion.status}; a module is contracted only once its expansion is approved`,
        field('expansionId'),
      ),
    () =>
      expansion.contractId !== null &&
      refuse(
        'ExpansionAlreadyContracted',
        `module expansion ${expansionId} was contracted as ${expansion.contractId}`,
        field('expansionId'),
      ),
    () =>
      data.annualValuePence > expansion.annualValuePence &&
      refuse(
        'ExceedsApprovedValue',
        `the module is worth ${formatPounds(data.annualValuePence)} a year, more than the ${formatPounds(expansion.annualValuePence)} approved; propose a further expansion`,
        field('annualValuePence'),
      ),
  );
  if (refusal !== undefined) return left(refusal);
  if (agreement === undefined || agreement.contractId !== expansion.agreementId) {
    return left(
      refuse(
        'NoAgreement',
        `expansion ${expansionId} belongs to agreement ${expansion.agreementId}`,
        field('agreementId'),
      ),
    );
  }
  const early = notBefore(
    data.signedOn,
    expansion.decidedOn ?? data.signedOn,
    field('signedOn'),
    'the module',
    'the approval of its expansion',
  );
  return early === undefined
    ? right({ regime: agreement.regime, lightTouch: agreement.lightTouch })
    : left(early);
};

/** A lot awarded to this supplier, cleared to sign, with room left in its awarded annual value. */
const fromLot = (
  data: ModuleSigning,
  procurementId: string,
  lotId: string,
  state: PartnershipState,
): Either<PartnershipError, LetUnder> => {
  const found = openProcurement(state, procurementId);
  if (found._tag === 'Left') return found;
  const p = found.right;
  const blocked = clearedToSign(p, lotId, data.supplierId, data.signedOn);
  if (blocked !== undefined) return left(blocked);
  const award = own(p.awards, lotId);
  const committed = Object.values(state.contracts)
    .filter((c) => c.tier === 2 && c.procurementId === procurementId && c.lotId === lotId)
    .reduce((sum, c) => sum + c.annualValuePence, 0);
  if (award !== undefined && committed + data.annualValuePence > award.annualValuePence) {
    return left(
      refuse(
        'ExceedsAwardedValue',
        `lot ${lotId} was awarded at ${formatPounds(award.annualValuePence)} a year; ${formatPounds(committed)} is already contracted, so this module can be at most ${formatPounds(award.annualValuePence - committed)}`,
        field('annualValuePence'),
      ),
    );
  }
  return right({ regime: p.regime, lightTouch: p.lightTouch });
};

/** A service contract comes from an approved module expansion or from a lot's award, and from nowhere else. */
export const moduleSource = (
  data: ModuleSigning,
  state: PartnershipState,
  agreement: ContractState | undefined,
): Either<PartnershipError, LetUnder> => {
  if (data.expansionId !== undefined) return fromExpansion(data, data.expansionId, state, agreement);
  if (data.procurementId !== undefined && data.lotId !== undefined)
    return fromLot(data, data.procurementId, data.lotId, state);
  return left(
    refuse(
      'ContractSourceMissing',
      'a service contract comes from an awarded lot (procurementId and lotId) or from an approved module expansion (expansionId)',
      field('procurementId'),
    ),
  );
};
