import { Actor } from '@council-partnerships/domain';
import { createScript, DataOf, Script } from './script';

/** A piece of commissioning work the document lists: its id, what it was, and the day it was done. */
export type CommissioningActivity = readonly [activityId: string, activity: string, completedOn: string];

/**
 * The commissioning work of one stage of the cycle (assess, design...), in the order the document
 * lists it, each piece recorded on the day it was completed.
 */
export const recordCommissioningActivities = (
  s: Script,
  officer: Actor,
  stage: DataOf<'RecordCommissioningActivity'>['stage'],
  activities: readonly CommissioningActivity[],
): void => {
  for (const [activityId, activity, completedOn] of activities) {
    s.add('RecordCommissioningActivity', officer, completedOn, { activityId, stage, activity, completedOn });
  }
};

/**
 * A partnership's script, opened as every story opens: the partnership conceived, recorded on the day
 * it was conceived.
 */
export const scriptConceived = (
  partnershipId: string,
  officer: Actor,
  conception: DataOf<'ConceivePartnership'>,
): Script => {
  const s = createScript(partnershipId);
  s.add('ConceivePartnership', officer, conception.conceivedOn, conception);
  return s;
};
