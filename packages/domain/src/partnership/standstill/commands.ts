import * as t from 'io-ts';
import { NoticeMethodCodec, StandstillExemptionCodec } from '../../calendar';
import { commandCodec } from '../../decider/command';
import { IdCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';

/**
 * `voluntary`: observe a standstill where the law does not require one (light-touch contracts, an
 * exemption). `noticeMethod` and `lastReceivedOn` (PCR only): notices sent other than electronically
 * count 15 days, or 10 after receipt. `exemption`: a ground from the closed list on which no
 * standstill is required (PA 2023 s.51(3); PCR 2015 reg 86(5)).
 */
export const IssueStandstillNotice = commandCodec(
  'IssueStandstillNotice',
  commandData(
    { procurementId: IdCodec, lotIds: t.array(IdCodec), noticeDate: BusinessDateCodec },
    {
      voluntary: t.boolean,
      noticeMethod: NoticeMethodCodec,
      lastReceivedOn: BusinessDateCodec,
      exemption: StandstillExemptionCodec,
    },
  ),
);

export const EndStandstill = commandCodec(
  'EndStandstill',
  commandData({ procurementId: IdCodec, endedOn: BusinessDateCodec }),
);

export const standstillCommands = [IssueStandstillNotice, EndStandstill] as const;
