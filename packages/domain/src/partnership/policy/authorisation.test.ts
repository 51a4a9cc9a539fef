import { actors, command } from '@council-partnerships/testing';
import { conceive, P, toAward } from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { defaultCouncilPolicy, defaultPermissions } from './councilPolicy';

describe('who may do what', () => {
  it('refuses a role the council policy does not allow, naming the roles that may', () => {
    const refusal = givenHistory([conceive()])
      .when({ ...conceive(), metadata: { ...conceive().metadata, actor: actors.partner } })
      .thenFails('NotPermitted', { path: ['metadata', 'actor', 'role'] });
    expect(refusal.message).toContain('commissioning-officer');
  });

  it('never lets an auditor write, even where a policy grants the role', () => {
    const permissive = {
      ...defaultCouncilPolicy,
      permissions: Object.fromEntries(
        Object.entries(defaultPermissions).map(([k, roles]) => [k, [...roles, 'auditor']]),
      ) as unknown as typeof defaultPermissions,
    };
    const refusal = givenHistory([conceive()], permissive)
      .when(
        command(
          'AddCommissioner',
          { partnershipId: P, commissionerId: 'x', name: 'X', kind: 'council', joinedOn: '2025-03-03' },
          actors.auditor,
        ),
      )
      .thenFails('NotPermitted');
    expect(refusal.message).toContain('read-only');
  });

  it('lets a council configure its own roles', () => {
    const policy = {
      ...defaultCouncilPolicy,
      permissions: { ...defaultPermissions, ConceivePartnership: ['head-of-service'] },
    };
    givenHistory([], policy)
      .when({
        ...conceive(),
        metadata: { ...conceive().metadata, actor: { id: 'h', role: 'head-of-service' } },
      })
      .thenMatches([{ type: 'PartnershipConceived' }]);
  });

  it('needs a partnership conceived before anything else, and conceived once', () => {
    givenHistory([]).when(toAward[1]!).thenFails('PartnershipNotConceived');
    givenHistory([conceive()]).when(conceive()).thenFails('PartnershipAlreadyConceived');
  });
});
