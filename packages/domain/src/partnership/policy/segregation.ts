import { Either, left, right } from 'fp-ts/Either';
import { Actor } from '../../eventstore/envelope';
import { RecordedBy } from '../codecs';
import { PartnershipError, refuse } from '../errors';
import { ROLES } from './councilPolicy';

/** The actor as it is kept in event data, for the checks of whoever comes next. */
export const recordedBy = (actor: Actor): RecordedBy => ({
  id: actor.id,
  role: actor.role,
  ...(actor.organisation !== undefined ? { organisation: actor.organisation } : {}),
  ...(actor.name !== undefined ? { name: actor.name } : {}),
});

/**
 * Four eyes, whatever the policy: what a partner claims or reports is checked by someone else, from
 * another organisation, who is not acting as the partner.
 */
export const checkedByAnother = (
  what: string,
  maker: RecordedBy,
  checker: Actor,
  path: readonly string[],
): Either<PartnershipError, true> => {
  const sameOrganisation =
    maker.organisation !== undefined &&
    checker.organisation !== undefined &&
    maker.organisation === checker.organisation;
  if (checker.id === maker.id || sameOrganisation || checker.role === ROLES.PARTNER) {
    const who =
      checker.id === maker.id
        ? `${checker.id} recorded it`
        : sameOrganisation
          ? `${checker.id} works for ${maker.organisation}, which recorded it`
          : `${checker.id} acts as the partner`;
    return left(
      refuse(
        'SegregationOfDuties',
        `${what} must be checked by someone independent of whoever recorded it: ${who}; ` +
          'it must be done by a council officer from another organisation',
        path,
        { makerId: maker.id, checkerId: checker.id },
      ),
    );
  }
  return right(true);
};

/** The same person cannot both propose and approve. */
export const differentPeople = (
  what: string,
  proposer: RecordedBy,
  approver: Actor,
  path: readonly string[],
): Either<PartnershipError, true> =>
  proposer.id === approver.id
    ? left(
        refuse(
          'SegregationOfDuties',
          `${approver.id} proposed ${what} and cannot also approve it; another authorised person must approve`,
          path,
          { proposerId: proposer.id, approverId: approver.id },
        ),
      )
    : right(true);

/**
 * Four eyes over corrected facts: whoever checks is independent of the maker (person and
 * organisation, as for any partner's figures) and is not anyone who corrected them; a council
 * officer's correction may be checked by a colleague.
 */
export const checkedByAnotherThanAll = (
  what: string,
  maker: RecordedBy,
  correctors: readonly RecordedBy[],
  checker: Actor,
  path: readonly string[],
): Either<PartnershipError, true> => {
  const independent = checkedByAnother(what, maker, checker, path);
  if (independent._tag === 'Left') return independent;
  const corrector = correctors.find((c) => c.id === checker.id);
  return corrector === undefined
    ? right(true)
    : left(
        refuse(
          'SegregationOfDuties',
          `${checker.id} corrected ${what} and cannot also check it; another authorised person must`,
          path,
          { makerId: corrector.id, checkerId: checker.id },
        ),
      );
};
