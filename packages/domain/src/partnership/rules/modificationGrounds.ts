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
 * Schedule 8 as enacted (https://www.legislation.gov.uk/ukpga/2023/54/schedule/8): para 1 provided
 * for in the contract, para 2 urgency and the protection of life (para 3 an assumption for it), para 4
 * unforeseeable circumstances (at most +50%), para 5 a known risk materialising (at most +50%), para 6
 * what a known risk is, para 7 additional goods, services or works (at most +50%), para 9 novation or
 * assignment on corporate restructuring (so named by s.75(2), which withholds the change-notice
 * exemption from it). The Cabinet Office counts ten grounds in all (Guidance: Contract
 * Modifications), s.74(1)(b) and (c) among them, so eight in Schedule 8: the two not listed here are
 * not modelled, and relying on them is refused. PCR 2015 reg 72(1)(a)-(d), with reg 72(2) applying
 * the 50% cap of grounds (b) and (c) to each modification:
 * https://www.legislation.gov.uk/uksi/2015/102/regulation/72
 */
export const MODIFICATION_GROUNDS = {
  'pa2023-sch8-provided-for': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 1',
    description:
      'unambiguously provided for in the contract as awarded and in the tender or transparency notice, not changing its overall nature',
    capBps: null,
  },
  'pa2023-sch8-urgency-or-protect-life': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 2',
    description:
      'could otherwise be achieved by a direct award on extreme and unavoidable urgency (Schedule 5 para 13) or to protect life (s.42)',
    capBps: null,
  },
  'pa2023-sch8-unforeseeable-circumstances': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 4',
    description:
      'circumstances the authority could not reasonably have foreseen before the award; the overall nature does not change',
    capBps: 5000,
  },
  'pa2023-sch8-known-risk': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 5',
    description:
      'a known risk (as para 6 defines it: identified in the tender or transparency notice) has materialised, not caused by the authority or the supplier, and modifying is in the public interest',
    capBps: 5000,
  },
  'pa2023-sch8-additional-goods-services-works': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 7',
    description:
      'additional goods, services or works from the supplier where a change of supplier would cause significant inconvenience or duplication of costs',
    capBps: 5000,
  },
  'pa2023-sch8-corporate-restructuring': {
    regime: 'PA2023',
    provision: 'PA 2023 Schedule 8 para 9',
    description:
      'novation or assignment of the contract to another supplier on a corporate restructuring, the overall nature unchanged',
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
      'additional works, services or supplies by the original contractor where a change of contractor cannot be made and would cause significant inconvenience or duplication of costs',
    capBps: 5000,
  },
  'pcr2015-reg72-1-c-unforeseeable': {
    regime: 'PCR2015',
    provision: 'PCR 2015 reg 72(1)(c)',
    description:
      'circumstances a diligent contracting authority could not foresee, not altering the overall nature of the contract',
    capBps: 5000,
  },
  'pcr2015-reg72-1-d-new-contractor': {
    regime: 'PCR2015',
    provision: 'PCR 2015 reg 72(1)(d)',
    description:
      'a new contractor replaces the original one under a review clause, or by universal or partial succession after corporate restructuring',
    capBps: null,
  },
} as const satisfies Record<string, ModificationGround>;

export type ModificationGroundCode = keyof typeof MODIFICATION_GROUNDS;

export const ModificationGroundCodec = keysOf(MODIFICATION_GROUNDS, 'ModificationGround');

export const groundOf = (code: ModificationGroundCode): ModificationGround => MODIFICATION_GROUNDS[code];
