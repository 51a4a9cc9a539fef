import { keysOf } from '../shared/literals';

/** A ground on which the law requires no standstill before the contract is entered into. */
export interface StandstillExemptionGround {
  readonly provision: string;
  readonly description: string;
  readonly regimes: readonly ('PCR2006' | 'PCR2015' | 'PA2023')[];
}

/**
 * The exemptions from the mandatory standstill, as a closed list: PA 2023 s.51(3) and, for the
 * regulations, the cases in which no award decision notice is required (PCR 2015 reg 86(5)-(6) read
 * with reg 87; PCR 2006 reg 32A(1)). A free-text reason is not a ground.
 */
export const STANDSTILL_EXEMPTIONS = {
  'pa2023-direct-award-urgency': {
    provision: 'PA 2023 s.51(3)',
    description: 'a direct award justified by extreme and unavoidable urgency (Schedule 5 para 13)',
    regimes: ['PA2023'],
  },
  'pa2023-direct-award-protect-life': {
    provision: 'PA 2023 s.51(3)',
    description: 'a direct award under regulations made under section 42 (to protect life, etc)',
    regimes: ['PA2023'],
  },
  'pa2023-framework-call-off': {
    provision: 'PA 2023 s.51(3)',
    description: 'a contract awarded in accordance with a framework (a call-off)',
    regimes: ['PA2023'],
  },
  'pa2023-dynamic-market': {
    provision: 'PA 2023 s.51(3)',
    description: 'a contract awarded by reference to a dynamic market',
    regimes: ['PA2023'],
  },
  'pa2023-user-choice': {
    provision: 'PA 2023 s.51(3)',
    description: 'a direct award of a user choice contract (Schedule 5 para 15)',
    regimes: ['PA2023'],
  },
  'pcr-no-prior-publication': {
    provision: 'PCR 2015 reg 86(5) with reg 87, PCR 2006 reg 32A',
    description:
      'a contract awarded without prior publication of a contract notice, where that was permitted',
    regimes: ['PCR2006', 'PCR2015'],
  },
  'pcr-single-tenderer': {
    provision: 'PCR 2015 reg 86(5) with reg 87, PCR 2006 reg 32A',
    description:
      'the only tenderer concerned is the one awarded the contract and there are no candidates concerned',
    regimes: ['PCR2006', 'PCR2015'],
  },
  'pcr-framework-call-off': {
    provision: 'PCR 2015 reg 86(5) with reg 87, PCR 2006 reg 32A',
    description: 'a contract based on a framework agreement (a call-off)',
    regimes: ['PCR2006', 'PCR2015'],
  },
  'pcr-dynamic-purchasing-system': {
    provision: 'PCR 2015 reg 86(5) with reg 87',
    description: 'a specific contract under a dynamic purchasing system',
    regimes: ['PCR2015'],
  },
} as const satisfies Record<string, StandstillExemptionGround>;

export type StandstillExemption = keyof typeof STANDSTILL_EXEMPTIONS;

export const StandstillExemptionCodec = keysOf(STANDSTILL_EXEMPTIONS, 'StandstillExemption');
