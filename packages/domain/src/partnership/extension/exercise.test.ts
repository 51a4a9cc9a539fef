import { approval, exerciseOption, toLive } from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { CouncilPolicy, defaultCouncilPolicy } from '../policy/councilPolicy';

const extend = (exercisedOn: string, governanceDecisionId?: string) =>
  exerciseOption(exercisedOn, governanceDecisionId ? { governanceDecisionId } : {});

describe('extension options', () => {
  it('exercises an option before expiry, moving the end date', () => {
    givenHistory(toLive).when(extend('2028-06-30')).thenRecords('ExtensionOptionExercised', {
      optionNumber: 1,
      previousEndsOn: '2028-06-30',
      newEndsOn: '2029-06-30',
    });
  });

  it('never exercises more options than were granted, nor after expiry', () => {
    givenHistory([...toLive, extend('2028-01-10')])
      .when(extend('2029-01-10'))
      .thenFails('ExtensionsExhausted');
    givenHistory(toLive).when(extend('2028-07-01')).thenFails('ExtensionTooLate');
  });

  it('asks for a decision when the council’s policy puts extensions above a threshold', () => {
    const policy: CouncilPolicy = {
      ...defaultCouncilPolicy,
      approvalThresholds: [
        {
          subjects: ['extension'],
          abovePence: 100_000_000,
          approvers: ['executive'],
          description: 'Executive approves extensions over £1m',
        },
      ],
    };
    givenHistory(toLive, policy).when(extend('2028-01-10')).thenFails('ApprovalRequired');
    givenHistory([...toLive, approval('ext-ok', 'extension', '2028-01-05')], policy)
      .when(extend('2028-01-10', 'ext-ok'))
      .thenRecords('ExtensionOptionExercised', { governanceDecisionId: 'ext-ok' });
  });
});
