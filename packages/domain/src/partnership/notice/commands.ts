import { commandCodec } from '../../decider/command';
import { IdCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { NoticeTypeCodec } from './events';
import { commandData } from '../commands/shape';

/** Records a notice the council published, with the platform's reference, and what it is about. */
export const RecordNoticePublication = commandCodec(
  'RecordNoticePublication',
  commandData(
    { noticeId: IdCodec, noticeType: NoticeTypeCodec, reference: TextCodec, publishedOn: BusinessDateCodec },
    {
      platform: TextCodec,
      procurementId: IdCodec,
      contractId: IdCodec,
      modificationId: IdCodec,
      engagementEventId: IdCodec,
    },
  ),
);

export const noticeCommands = [RecordNoticePublication] as const;
