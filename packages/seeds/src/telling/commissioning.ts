import { Actor } from '@council-partnerships/domain';
import { DataOf, Script } from './script';

/** A piece of commissioning work the document lists: its id, stage, description and the day it was done. */
export type CommissioningActivity = readonly [
  activityId: string,
  stage: DataOf<'RecordCommissioningActivity'>['stage'],
  activity: string,
  completedOn: string,
];

/** The commissioning work before a procurement, each piece recorded on the day it was completed. */
export const recordCommissioningActivities = (
  s: Script,
  officer: Actor,
  activities: readonly CommissioningActivity[],
): void => {
  for (const [activityId, stage, activity, completedOn] of activities) {
    s.add('RecordCommissioningActivity', officer, completedOn, { activityId, stage, activity, completedOn });
  }
};
