import { PartnershipError, refuse } from '../errors';
import { dialogueStage } from '../rules/procedureStages';
import { ProcurementState } from '../state';
import { field } from '../phase/decision';

/**
 * Whether a tender may be received yet. Where the law makes dialogue compulsory, tenders answer
 * the invitation to submit final tenders. Where dialogue is the authority's choice, tenders before
 * any dialogue are initial (or single-stage) tenders; once dialogue has been held, the next tenders
 * answer the invitation that closes it.
 */
export const tenderBeforeInvitation = (p: ProcurementState): PartnershipError | undefined => {
  if (p.finalTendersInvitedOn !== null) return undefined;
  const stages = dialogueStage(p.procedure);
  const details = { procedure: p.procedure, provision: stages.provision, dialogueRounds: p.dialogueRounds };
  if (stages.dialogue === 'required') {
    return refuse(
      'FinalTendersNotInvited',
      `under ${p.procedure}, tenders follow the invitation to submit final tenders (${stages.provision}); invite them first`,
      field('procurementId'),
      details,
    );
  }
  if (stages.dialogue === 'optional' && p.dialogueRounds > 0) {
    return refuse(
      'FinalTendersNotInvited',
      `procurement ${p.procurementId} has held ${p.dialogueRounds} dialogue round(s); the tenders that follow answer the invitation that closes dialogue: invite final tenders first`,
      field('procurementId'),
      details,
    );
  }
  return undefined;
};
