import * as t from 'io-ts';
import { commandCodec } from '../../decider/command';
import { IdCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from './shape';

/** `voluntary`: observe a standstill where the law does not require one (light-touch contracts). */
export const IssueStandstillNotice = commandCodec(
  'IssueStandstillNotice',
  commandData(
    { procurementId: IdCodec, lotIds: t.array(IdCodec), noticeDate: BusinessDateCodec },
    { voluntary: t.boolean },
  ),
);

export const EndStandstill = commandCodec(
  'EndStandstill',
  commandData({ procurementId: IdCodec, endedOn: BusinessDateCodec }),
);

export const standstillCommands = [IssueStandstillNotice, EndStandstill] as const;
