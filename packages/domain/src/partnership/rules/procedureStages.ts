import { Procedure } from '../codecs';

/**
 * Whether a procedure's law makes a dialogue (or negotiation) stage compulsory, lets the authority
 * choose it, or has none; with the provision that says so, quoted in refusals.
 */
export type DialogueStage = 'required' | 'optional' | 'none';

export interface ProcedureStages {
  readonly dialogue: DialogueStage;
  readonly provision: string;
}

export const PROCEDURE_STAGES: Readonly<Record<Procedure, ProcedureStages>> = {
  open: {
    dialogue: 'none',
    provision:
      'PA 2023 s.20(2)(a) and PCR 2015 reg 27: the open procedure is a single stage, without negotiation',
  },
  restricted: {
    dialogue: 'none',
    provision: 'PCR 2015 reg 28: selection, then tenders, without negotiation',
  },
  'competitive-dialogue': {
    dialogue: 'required',
    provision:
      'PCR 2015 reg 30 (PCR 2006 reg 18): the authority holds a dialogue, then invites final tenders on the solutions it identified',
  },
  'competitive-procedure-with-negotiation': {
    dialogue: 'optional',
    provision:
      'PCR 2015 reg 29: the authority negotiates on initial tenders, or awards on them without negotiation where the contract notice reserved that',
  },
  'innovation-partnership': {
    dialogue: 'required',
    provision:
      'PCR 2015 reg 31: the authority negotiates the initial and every later tender except the final one',
  },
  'light-touch': {
    dialogue: 'optional',
    provision:
      'PCR 2015 reg 76: for light-touch services the authority sets its own procedure, so dialogue is its choice',
  },
  'competitive-flexible': {
    dialogue: 'optional',
    provision:
      'PA 2023 s.20(2)(b): a competitive flexible procedure is such procedure as the authority considers appropriate, of one stage or more, with or without negotiation',
  },
  'direct-award': {
    dialogue: 'none',
    provision: 'PA 2023 ss.41-43: a direct award is made without a competitive tendering procedure',
  },
  quotation: {
    dialogue: 'none',
    provision: "below threshold, quotations are sought under the council's contract procedure rules",
  },
  negotiated: {
    dialogue: 'required',
    provision: 'PCR 2006 reg 17: in the negotiated procedure the authority negotiates the terms',
  },
};

export const dialogueStage = (procedure: Procedure): ProcedureStages => PROCEDURE_STAGES[procedure];
