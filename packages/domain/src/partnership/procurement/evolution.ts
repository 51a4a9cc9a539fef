import { emptyIdRecord, idRecordOf, withId, withIds } from '../../shared/idRecord';
import { pick } from '../../shared/pick';
import { Evolution, withProcurement } from '../phase/evolution';

export const procurementEvolution: Evolution<
  | 'ProcurementLaunched'
  | 'BiddersShortlisted'
  | 'DialogueRoundHeld'
  | 'FinalTendersInvited'
  | 'TenderReceived'
  | 'ProcurementCancelled'
> = {
  ProcurementLaunched: (state, { data }) => ({
    ...state,
    procurements: withId(state.procurements, data.procurementId, {
      ...pick(data, [
        'procurementId',
        'regime',
        'procedure',
        'lightTouch',
        'launchedOn',
        'maximumTermMonths',
        'estimatedTotalValuePence',
        'authority',
        'contractKind',
        'valuesIncludeVat',
      ]),
      lots: idRecordOf(data.lots.map((lot) => [lot.lotId, lot])),
      cancelledOn: null,
      shortlist: emptyIdRecord(),
      dialogueRounds: 0,
      lastDialogueEndedOn: null,
      finalTendersInvitedOn: null,
      tenders: emptyIdRecord(),
      evaluations: emptyIdRecord(),
      awards: emptyIdRecord(),
      standstills: emptyIdRecord(),
    }),
  }),
  BiddersShortlisted: (state, { data }) =>
    withProcurement(state, data.procurementId, (p) => ({
      ...p,
      shortlist: withIds(
        p.shortlist,
        data.bidders.map((b) => [b.bidderId, { name: b.name, lotIds: b.lotIds }]),
      ),
    })),
  DialogueRoundHeld: (state, { data }) =>
    withProcurement(state, data.procurementId, (p) => ({
      ...p,
      dialogueRounds: data.round,
      lastDialogueEndedOn: data.endedOn,
    })),
  FinalTendersInvited: (state, { data }) =>
    withProcurement(state, data.procurementId, (p) => ({ ...p, finalTendersInvitedOn: data.invitedOn })),
  TenderReceived: (state, { data }) =>
    withProcurement(state, data.procurementId, (p) => ({
      ...p,
      tenders: withId(p.tenders, data.tenderId, { bidderId: data.bidderId, lotIds: data.lotIds }),
    })),
  ProcurementCancelled: (state, { data }) =>
    withProcurement(state, data.procurementId, (p) => ({ ...p, cancelledOn: data.cancelledOn })),
};
