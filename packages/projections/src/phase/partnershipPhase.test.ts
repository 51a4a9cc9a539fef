import { initialPartnershipState } from '@council-partnerships/domain';
import { PARTNERSHIP_PHASES, partnershipPhaseOf } from './partnershipPhase';

describe('the lifecycle phase of a partnership, from its own state', () => {
  it('is not started before anything is recorded', () => {
    expect(partnershipPhaseOf(initialPartnershipState(), '2024-01-01')).toEqual({
      phase: 'not-started',
      detail: 'nothing recorded',
    });
  });

  it('is the concept once conceived, saying when', () => {
    const conceived = { ...initialPartnershipState(), partnershipId: 'p', conceivedOn: '2023-06-01' };
    expect(partnershipPhaseOf(conceived, '2024-01-01')).toEqual({
      phase: 'concept',
      detail: 'conceived 2023-06-01',
    });
  });

  it('names the stages in the order of the lifecycle', () => {
    expect(PARTNERSHIP_PHASES[0]).toBe('not-started');
    expect(PARTNERSHIP_PHASES.indexOf('standstill')).toBeLessThan(PARTNERSHIP_PHASES.indexOf('live'));
    expect(PARTNERSHIP_PHASES[PARTNERSHIP_PHASES.length - 1]).toBe('ended');
  });
});
