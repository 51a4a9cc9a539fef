import { actors, command } from '@council-partnerships/testing';
import { Procedure } from '../codecs';
import { approval, conceive, launch, LOT, P, PROCUREMENT, SUPPLIER } from './fixtures';

/** A partnership whose procurement is launched under this procedure (PA 2023 unless told otherwise). */
export const launchedAs = (procedure: Procedure = 'open', regime: 'PA2023' | 'PCR2015' = 'PA2023') =>
  regime === 'PA2023'
    ? [conceive(), approval('launch-ok', 'launch-procurement', '2025-03-20'), launch({ procedure })]
    : [
        conceive('2020-01-01'),
        approval('launch-ok', 'launch-procurement', '2020-01-02'),
        launch({ procedure, regime, launchedOn: '2020-02-03', lightTouch: procedure === 'light-touch' }),
      ];

/** The supplier shortlisted for the lot. */
export const shortlist = (shortlistedOn = '2025-04-20') =>
  command(
    'ShortlistBidders',
    {
      partnershipId: P,
      procurementId: PROCUREMENT,
      shortlistedOn,
      bidders: [{ bidderId: SUPPLIER, name: 'Partner', lotIds: [LOT] }],
    },
    actors.procurement,
  );

/** A round of dialogue on the lot, by default the first, with the supplier. */
export const dialogueRound = (
  round = 1,
  startedOn = '2025-05-01',
  endedOn = '2025-05-10',
  bidderIds = [SUPPLIER],
) =>
  command(
    'RecordDialogueRound',
    { partnershipId: P, procurementId: PROCUREMENT, round, startedOn, endedOn, bidderIds, lotIds: [LOT] },
    actors.procurement,
  );

/** Final tenders invited. */
export const inviteFinalTenders = (invitedOn = '2025-04-25', deadline = '2025-04-30') =>
  command(
    'InviteFinalTenders',
    { partnershipId: P, procurementId: PROCUREMENT, invitedOn, deadline },
    actors.procurement,
  );
