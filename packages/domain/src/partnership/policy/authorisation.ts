import { Either, left, right } from 'fp-ts/Either';
import { PartnershipCommand } from '../commands';
import { PartnershipError, refuse } from '../errors';
import { CouncilPolicy } from './councilPolicy';

/** Roles that read the record and never write to it, whatever a policy says. */
export const READ_ONLY_ROLES: readonly string[] = ['auditor'];

/** May this actor, in this role, issue this command under the council's policy? */
export const authorise = (
  policy: CouncilPolicy,
  command: PartnershipCommand,
): Either<PartnershipError, true> => {
  const { role, id } = command.metadata.actor;
  if (READ_ONLY_ROLES.includes(role)) {
    return left(
      refuse(
        'NotPermitted',
        `${id} acts as ${role}, a read-only role: auditors inspect the record and never write to it`,
        ['metadata', 'actor', 'role'],
        { role, commandType: command.type },
      ),
    );
  }
  const allowed = policy.permissions[command.type] ?? [];
  if (!allowed.includes(role)) {
    return left(
      refuse(
        'NotPermitted',
        `${policy.councilName} does not allow the role ${role} to ${command.type}; ` +
          (allowed.length > 0
            ? `it may be done by: ${allowed.join(', ')}`
            : 'no role may do it under this policy'),
        ['metadata', 'actor', 'role'],
        { role, commandType: command.type, allowedRoles: allowed },
      ),
    );
  }
  return right(true);
};
