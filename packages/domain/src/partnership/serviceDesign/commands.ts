import { commandCodec } from '../../decider/command';
import { IdCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';

export const IssueDesignBrief = commandCodec(
  'IssueDesignBrief',
  commandData({ agreementId: IdCodec, briefId: IdCodec, title: TextCodec, issuedOn: BusinessDateCodec }),
);

export const AgreeServiceDesign = commandCodec(
  'AgreeServiceDesign',
  commandData({ briefId: IdCodec, agreedOn: BusinessDateCodec, agreedBy: TextCodec }, { meetingId: IdCodec }),
);

export const serviceDesignCommands = [IssueDesignBrief, AgreeServiceDesign] as const;
