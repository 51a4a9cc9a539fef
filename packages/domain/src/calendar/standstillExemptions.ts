import { keysOf } from '../shared/literals';

/** A ground on which the law requires no standstill before the contract is entered into. */
export interface StandstillExemptionGround {
  readonly provision: string;
  readonly description: string;
  readonly regimes: readonly ('PCR2006' | 'PCR2015' | 'PA2023')[];
}

/**
 * The exemptions from the mandatory standstill, as a closed list, each with the provision that grants
 * it. PA 2023 s.51(3) (https://www.legislation.gov.uk/ukpga/2023/54/section/51): "(a) awarded under
 * section 41 by reference to paragraph 13 of Schedule 5 (direct award: extreme and unavoidable
 * urgency); (b) awarded under section 41 by reference to regulations under section 42 (direct award
 * to protect life, etc); (c) awarded under section 41 or 43 ... by a private utility; (d) awarded in
 * accordance with a framework; (e) awarded by reference to a dynamic market; (f) a light touch
 * contract". (c) cannot reach a council; (f) follows from the contract's light-touch flag. A user
 * choice contract (Schedule 5 para 15) is not in s.51(3): it needs no contract award notice (s.50(6)(b)),
 * and the standstill of s.51(2) runs only from the publication of one.
 *
 * PCR 2015 reg 87(1) applies "Where regulation 86(1) applies", and reg 86(5) spares the notice "(a)
 * where the contract ... is permitted by Part 2 to be awarded ... without prior publication of a
 * contract notice; (b) where the only tenderer is the one who is to be awarded the contract ..., and
 * there are no candidates; (c) where the contracting authority awards a contract under a framework
 * agreement or a dynamic purchasing system" (https://www.legislation.gov.uk/uksi/2015/102/regulation/86).
 * PCR 2006 reg 32 as amended in 2009 has the same three in paragraphs (6A), (6B) and (7), framework
 * agreements and dynamic purchasing systems alike in (7).
 */
export const STANDSTILL_EXEMPTIONS = {
  'pa2023-direct-award-urgency': {
    provision: 'PA 2023 s.51(3)(a)',
    description:
      'a direct award under s.41 justified by extreme and unavoidable urgency (Schedule 5 para 13)',
    regimes: ['PA2023'],
  },
  'pa2023-direct-award-protect-life': {
    provision: 'PA 2023 s.51(3)(b)',
    description: 'a direct award under s.41 by reference to regulations under s.42 (to protect life, etc)',
    regimes: ['PA2023'],
  },
  'pa2023-framework-call-off': {
    provision: 'PA 2023 s.51(3)(d)',
    description: 'a contract awarded in accordance with a framework (a call-off)',
    regimes: ['PA2023'],
  },
  'pa2023-dynamic-market': {
    provision: 'PA 2023 s.51(3)(e)',
    description: 'a contract awarded by reference to a dynamic market',
    regimes: ['PA2023'],
  },
  'pa2023-user-choice': {
    provision: 'PA 2023 s.50(6)(b)',
    description:
      'a direct award of a user choice contract (Schedule 5 para 15), for which no contract award notice is required, so no standstill runs',
    regimes: ['PA2023'],
  },
  'pcr-no-prior-publication': {
    provision: 'PCR 2015 reg 86(5)(a) with reg 87(1); PCR 2006 reg 32(6A)',
    description:
      'a contract awarded without prior publication of a contract notice, where that was permitted',
    regimes: ['PCR2006', 'PCR2015'],
  },
  'pcr-single-tenderer': {
    provision: 'PCR 2015 reg 86(5)(b) with reg 87(1); PCR 2006 reg 32(6B)',
    description: 'the only tenderer is the one to be awarded the contract and there are no candidates',
    regimes: ['PCR2006', 'PCR2015'],
  },
  'pcr-framework-call-off': {
    provision: 'PCR 2015 reg 86(5)(c) with reg 87(1); PCR 2006 reg 32(7)',
    description: 'a contract awarded under a framework agreement (a call-off)',
    regimes: ['PCR2006', 'PCR2015'],
  },
  'pcr-dynamic-purchasing-system': {
    provision: 'PCR 2015 reg 86(5)(c) with reg 87(1); PCR 2006 reg 32(7)',
    description: 'a contract awarded under a dynamic purchasing system',
    regimes: ['PCR2006', 'PCR2015'],
  },
} as const satisfies Record<string, StandstillExemptionGround>;

export type StandstillExemption = keyof typeof STANDSTILL_EXEMPTIONS;

export const StandstillExemptionCodec = keysOf(STANDSTILL_EXEMPTIONS, 'StandstillExemption');
