import * as t from 'io-ts';
import { NonNegativePenceCodec, PenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { IdCodec } from '../codecs';
import { ModificationGroundCodec } from '../rules/modificationGrounds';
import { commandData } from '../commands/shape';
import { ShareApprovalCodec } from '../policy/shareApprovalCodec';
import { changeAgreedProps } from './events';

/** `termChangeMonths` and `valueChangePence` are changes (negative to shorten or reduce). */
export const ModifyContract = commandCodec(
  'ModifyContract',
  commandData(
    { ...changeAgreedProps, valueChangePence: PenceCodec },
    {
      newAnnualValuePence: NonNegativePenceCodec,
      permittedGround: ModificationGroundCodec,
      economicBalanceToSupplier: t.boolean,
      // PCR 2015 reg 72(8)(d) (and Pressetext for PCR 2006) has no figure: whether the scope is extended considerably is judged.
      considerableScopeExtension: t.boolean,
      governanceDecisionId: IdCodec,
      /** Each commissioner's own decision for its share of a value raised, where its own scheme needs one. */
      shareApprovals: t.array(ShareApprovalCodec),
    },
  ),
);

export const modificationCommands = [ModifyContract] as const;
