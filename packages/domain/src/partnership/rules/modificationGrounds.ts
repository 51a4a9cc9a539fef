import { keysOf } from '../../shared/literals';

export interface ModificationGround {
  readonly regime: 'PA2023' | 'PCR2015';
  readonly provision: string;
  readonly description: string;
  /** The most a single modification on this ground may add, as basis points of the contract's value. */
  readonly capBps: number | null;
}

/**
 * The grounds on which a modification that would otherwise need a new procurement is permitted, as a
 * closed list: PA 2023 Schedule 8 and PCR 2015 reg 72(1)(a)-(d). Free text is not a ground.
 *
 * Schedule 8 (https://www.legislation.gov.uk/ukpga/2023/54/schedule/8), read as revised to 1 April
 * 2026: para 1 provided for in the contract; para 2 urgency and the protection of life (para 3 an
 * assumption for it); para 4 unforeseeable circumstances (at most +50%); para 5 the materialisation
 * of a known risk (at most +50%), para 6 defining a known risk and para 7 the public interest test
 * for it; para 8 additional goods, services or works (at most +50%); para 9 transfer on corporate
 * restructuring (the one ground s.74(9) lets change the supplier, and s.75(2) withholds the
 * change-notice exemption from); paras 10 and 11 modifications of a "defence authority contract",
 * which s.7(4)-(5) confines to authorities a Minister specifies for defence or national security: a
 * council never lets one, so they are not on the list and relying on them is refused. The 50% caps
 * do not apply to utilities contracts (paras 4(2), 5(2), 8(2)), which councils do not let either.
 * PCR 2015 reg 72(1)(a)-(d), with reg 72(2) applying the 50% cap of grounds (b) and (c) to each
 * modification: https://www.legislation.gov.uk/uksi/2015/102/regulation/72
 */
export const MODIFICATION_GROUNDS = {
  'pa2023-sch8-provided-for': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 1',
    description:
      'the possibility of the modification is unambiguously provided for in the contract as awarded and in the tender or transparency notice, and it would not change the overall nature of the contract',
    capBps: null,
  },
  'pa2023-sch8-urgency-or-protect-life': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 2',
    description:
      'its purpose could otherwise be achieved by a direct award under s.41 by reference to Schedule 5 para 13 (extreme and unavoidable urgency) or regulations under s.42 (to protect life, etc)',
    capBps: null,
  },
  'pa2023-sch8-unforeseeable-circumstances': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 4',
    description:
      'the circumstances could not reasonably have been foreseen by the authority before the award, the overall nature of the contract does not change, and the estimated value rises by no more than 50%',
    capBps: 5000,
  },
  'pa2023-sch8-known-risk': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 5',
    description:
      "a known risk (para 6: one the authority considered could jeopardise performance but could not be addressed in the contract, identified as such in the tender or transparency notice with the possibility of modification) has materialised otherwise than by an act or omission of the authority or the supplier, the contract cannot be performed to the authority's satisfaction, the modification goes no further than necessary, awarding a further contract would not be in the public interest (para 7), and the value rises by no more than 50%",
    capBps: 5000,
  },
  'pa2023-sch8-additional-goods-services-works': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 8',
    description:
      'goods, services or works in addition to those already provided for, where a different supplier would supply ones different or incompatible, causing disproportionate technical difficulties or other significant inconvenience and the substantial duplication of costs, and the value rises by no more than 50%',
    capBps: 5000,
  },
  'pa2023-sch8-corporate-restructuring': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 9',
    description:
      'a novation or assignment of the contract to a supplier that is not an excluded supplier, required following a corporate restructuring or similar circumstance',
    capBps: null,
  },
  'pcr2015-reg72-1-a-review-clause': {
    regime: 'PCR2015',
    provision: 'PCR 2015 reg 72(1)(a)',
    description:
      'provided for in the initial procurement documents in clear, precise and unequivocal review clauses, not altering the overall nature',
    capBps: null,
  },
  'pcr2015-reg72-1-b-additional-services': {
    regime: 'PCR2015',
    provision: 'PCR 2015 reg 72(1)(b)',
    description:
      'additional works, services or supplies by the original contractor, become necessary and not in the initial procurement, where a change of contractor cannot be made for economic or technical reasons and would cause significant inconvenience or substantial duplication of costs; the price rises by no more than 50%',
    capBps: 5000,
  },
  'pcr2015-reg72-1-c-unforeseeable': {
    regime: 'PCR2015',
    provision: 'PCR 2015 reg 72(1)(c)',
    description:
      'the need was brought about by circumstances a diligent contracting authority could not have foreseen, the overall nature of the contract is not altered, and the price rises by no more than 50%',
    capBps: 5000,
  },
  'pcr2015-reg72-1-d-new-contractor': {
    regime: 'PCR2015',
    provision: 'PCR 2015 reg 72(1)(d)',
    description:
      'a new contractor replaces the original one under an unequivocal review clause, or by universal or partial succession following corporate restructuring (including takeover, merger, acquisition or insolvency), meeting the original selection criteria',
    capBps: null,
  },
} as const satisfies Record<string, ModificationGround>;

export type ModificationGroundCode = keyof typeof MODIFICATION_GROUNDS;

export const ModificationGroundCodec = keysOf(MODIFICATION_GROUNDS, 'ModificationGround');

export const groundOf = (code: ModificationGroundCode): ModificationGround => MODIFICATION_GROUNDS[code];
