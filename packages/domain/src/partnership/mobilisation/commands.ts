import { commandCodec } from '../../decider/command';
import { IdCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';

export const StartMobilisation = commandCodec(
  'StartMobilisation',
  commandData({ contractId: IdCodec, startedOn: BusinessDateCodec }),
);

export const GoLive = commandCodec('GoLive', commandData({ contractId: IdCodec, liveOn: BusinessDateCodec }));

export const mobilisationCommands = [StartMobilisation, GoLive] as const;
