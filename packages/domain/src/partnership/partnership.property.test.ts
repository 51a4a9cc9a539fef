import fc from 'fast-check';
import { Actor } from '../eventstore/envelope';
import { PartnershipCommand, PartnershipCommandOfType } from './commands';
import { createPartnershipDecider } from './decide';
import { addDays, addYears } from './dates';
import { partnershipEventRegistry, PartnershipEvent } from './events';
import { defaultCouncilPolicy } from './policy/councilPolicy';
import { PartnershipState } from './state';
import { actors, command } from '@council-partnerships/testing';
import {
  AGREEMENT,
  endStandstill,
  exerciseOption,
  kpi,
  LOT,
  P,
  PROCUREMENT,
  signContract,
  standstill,
  SUPPLIER,
  toAward,
} from './testing/fixtures';
import { claimMonthTo, proposeModule } from './testing/commandSequences';
import { expectTold, tell } from './testing/story';

/**
 * Over any sequence of commands, whoever sends them and whenever: refused commands write nothing,
 * and what is written never breaks the rules, and always folds back to the same state.
 */
const decider = createPartnershipDecider(defaultCouncilPolicy);
/** The three-year agreement on the awarded lot, with room for modules, signed and starting on the days given. */
const signAgreement = (
  signedOn: string,
  startsOn: string,
  terms: Partial<PartnershipCommandOfType<'SignPartnershipAgreement'>['data']> = {},
) =>
  command('SignPartnershipAgreement', {
    partnershipId: P,
    agreementId: AGREEMENT,
    kind: 'partnership-agreement',
    title: 'Agreement',
    partnerId: SUPPLIER,
    partnerName: 'Partner',
    procurementId: PROCUREMENT,
    lotId: LOT,
    signedOn,
    startsOn,
    initialTerm: { years: 3, months: 0 },
    annualValuePence: 0,
    potentialAnnualValuePence: 250_000_000,
    ...terms,
  });

const bases = [
  expectTold(tell(decider, toAward)),
  expectTold(
    tell(decider, [
      ...toAward,
      standstill(),
      endStandstill(),
      signAgreement('2025-06-13', '2025-07-01'),
      signContract({ contractId: 'c-1', agreementId: AGREEMENT, annualValuePence: 100_000_000 }),
      command(
        'GoLive',
        { partnershipId: P, contractId: 'c-1', liveOn: '2025-07-01' },
        actors.contractManager,
      ),
    ]),
  ),
];

const anyActor = fc.constantFrom<Actor>(...Object.values(actors));
const anyDate = fc.integer({ min: 0, max: 5 * 366 }).map((days) => addDays('2025-06-01', days));
const contractId = fc.oneof(
  { weight: 4, arbitrary: fc.constant('c-1') },
  { weight: 1, arbitrary: fc.constantFrom('c-2', AGREEMENT) },
);
const claimId = fc.constantFrom('claim-1', 'claim-2');
const expansionId = fc.constantFrom('e-1', 'e-2');
const pence = fc.integer({ min: 0, max: 300_000_000 });

/** Mostly the person whose job it is; now and then anyone at all (a partner, an auditor, the wrong officer). */
const who = fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyActor });

const as = (cmd: PartnershipCommand, actor: Actor | null): PartnershipCommand =>
  actor === null ? cmd : { ...cmd, metadata: { ...cmd.metadata, actor } };

const anyCommand: fc.Arbitrary<PartnershipCommand> = fc.oneof(
  fc.tuple(anyDate, fc.boolean(), who).map(([d, v, a]) => as(standstill(d, v), a)),
  fc.tuple(anyDate, who).map(([d, a]) => as(endStandstill(d), a)),
  fc
    .tuple(contractId, anyDate, pence, fc.integer({ min: 0, max: 3 }), who)
    .map(([id, d, value, options, a]) =>
      as(
        signContract({
          contractId: id,
          signedOn: d,
          startsOn: d,
          annualValuePence: Math.floor(value / 4),
          extensionOptions: { count: options, lengthMonths: options === 0 ? 0 : 12 },
        }),
        a,
      ),
    ),
  fc.tuple(anyDate, who).map(([d, a]) =>
    as(
      signAgreement(d, d, {
        annualTerminationClause: { noticeMonths: 3, exercisableBy: ['council', 'partner'] },
      }),
      a,
    ),
  ),
  fc.tuple(contractId, fc.constantFrom('k1', 'k2', 'k3'), who).map(([id, k, a]) => as(kpi(k, id), a)),
  fc
    .tuple(contractId, anyDate, who)
    .map(([id, d, a]) => as(command('GoLive', { partnershipId: P, contractId: id, liveOn: d }), a)),
  fc.tuple(contractId, anyDate, who).map(([id, d, a]) => as(exerciseOption(d, { contractId: id }), a)),
  fc
    .tuple(contractId, claimId, anyDate, pence, who)
    .map(([id, c, d, amount, a]) => as(claimMonthTo(id, c, d, amount), a)),
  fc.tuple(contractId, claimId, anyDate, pence, who).map(([id, c, d, amount, a]) =>
    as(
      command(
        'VerifyExpenditure',
        {
          partnershipId: P,
          contractId: id,
          claimId: c,
          verifiedOn: d,
          verifiedPence: amount,
        },
        actors.finance,
      ),
      a,
    ),
  ),
  fc
    .tuple(
      contractId,
      fc.integer({ min: -24, max: 24 }),
      fc.integer({ min: -50_000_000, max: 50_000_000 }),
      anyDate,
      // Ids as the command codec accepts them (decide trusts its commands; the handler decodes them first).
      fc.string({ unit: fc.constantFrom(...'abcxyz0189-'), minLength: 1, maxLength: 4 }),
      who,
    )
    .map(([id, months, value, d, m, a]) =>
      as(
        command('ModifyContract', {
          partnershipId: P,
          contractId: id,
          modificationId: `m-${m}`,
          kind: 'term-and-value',
          description: 'Change',
          agreedOn: d,
          termChangeMonths: months,
          valueChangePence: value,
        }),
        a,
      ),
    ),
  fc
    .tuple(
      contractId,
      fc.constantFrom('r-1', 'r-2', 'r-3'),
      anyDate,
      fc.constantFrom('good', 'requires-improvement', 'inadequate'),
      fc.constantFrom('continue', 'terminate'),
      fc.boolean(),
      fc.boolean(),
      who,
    )
    .map(([id, r, d, rating, decision, embedded, final, a]) =>
      as(
        command('RecordPerformanceReview', {
          partnershipId: P,
          contractId: id,
          reviewId: r,
          reviewedOn: d,
          periodStart: addDays(d, -90),
          periodEnd: d,
          rating,
          rag: 'green',
          decision,
          confirmsEmbedded: embedded,
          finalAssessment: final,
          kpiAssessments: ['k1', 'k2', 'k3'].map((kpiId) => ({
            kpiId,
            rating: 'good' as const,
            rag: 'green' as const,
          })),
        }),
        a,
      ),
    ),
  fc.tuple(expansionId, pence, anyDate, who).map(([e, value, d, a]) => as(proposeModule(e, value, d), a)),
  fc
    .tuple(expansionId, anyDate, who)
    .map(([e, d, a]) =>
      as(
        command(
          'ApproveModuleExpansion',
          { partnershipId: P, expansionId: e, approvedOn: d },
          actors.executive,
        ),
        a,
      ),
    ),
  fc
    .tuple(
      contractId,
      fc.integer({ min: 1, max: 4 }).map((years) => addYears('2025-07-01', years)),
      fc.integer({ min: 0, max: 400 }),
      fc.constantFrom('council', 'partner'),
      who,
    )
    .map(([id, effective, daysBefore, by, a]) =>
      as(
        command(
          'GiveTerminationNotice',
          {
            partnershipId: P,
            contractId: id,
            ground: 'annual-termination-clause',
            givenBy: by,
            noticeGivenOn: addDays(effective, -daysBefore),
            effectiveOn: effective,
            reason: 'Property',
          },
          by === 'partner' ? actors.partner : actors.officer,
        ),
        a,
      ),
    ),
  fc
    .tuple(contractId, anyDate, who)
    .map(([id, d, a]) =>
      as(command('RecordTermination', { partnershipId: P, contractId: id, terminatedOn: d }), a),
    ),
  fc
    .tuple(contractId, anyDate, who)
    .map(([id, d, a]) =>
      as(command('RecordContractExpiry', { partnershipId: P, contractId: id, expiredOn: d }), a),
    ),
);

/** Coherent steps that random single commands rarely line up: a claim then its verification, a proposal then its approval. */
const claimThenVerify = fc
  .tuple(claimId, anyDate, pence, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 11_000 }), who)
  .map(([c, d, amount, later, percentBps, a]): PartnershipCommand[] => [
    claimMonthTo('c-1', c, d, amount),
    as(
      command(
        'VerifyExpenditure',
        {
          partnershipId: P,
          contractId: 'c-1',
          claimId: c,
          verifiedOn: addDays(d, later),
          verifiedPence: Math.floor((amount * percentBps) / 10_000),
        },
        actors.finance,
      ),
      a,
    ),
  ]);

const embedProposeApprove = fc
  .tuple(expansionId, anyDate, fc.integer({ min: 0, max: 200_000_000 }), fc.integer({ min: 0, max: 30 }), who)
  .map(([e, d, value, later, a]): PartnershipCommand[] => [
    command(
      'RecordPerformanceReview',
      {
        partnershipId: P,
        contractId: 'c-1',
        reviewId: `embed-${e}-${d}`,
        reviewedOn: d,
        periodStart: addDays(d, -90),
        periodEnd: d,
        rating: 'good',
        rag: 'green',
        decision: 'continue',
        confirmsEmbedded: true,
        kpiAssessments: ['k1', 'k2', 'k3'].map((kpiId) => ({
          kpiId,
          rating: 'good' as const,
          rag: 'green' as const,
        })),
      },
      actors.contractManager,
    ),
    proposeModule(e, value, d, actors.partner),
    as(
      command(
        'ApproveModuleExpansion',
        { partnershipId: P, expansionId: e, approvedOn: addDays(d, later) },
        actors.executive,
      ),
      a,
    ),
  ]);

const anyStep = fc.oneof(
  { weight: 8, arbitrary: anyCommand.map((c) => [c]) },
  { weight: 1, arbitrary: claimThenVerify },
  { weight: 1, arbitrary: embedProposeApprove },
);

interface Run {
  readonly state: PartnershipState;
  readonly events: PartnershipEvent[];
  readonly refusedByAuditor: number;
  readonly writtenByAuditor: number;
}

const run = ([start, commands]: readonly [number, readonly PartnershipCommand[]]): Run => {
  const base = bases[start] ?? bases[0]!;
  let state = base.state;
  const events = [...base.events];
  let refusedByAuditor = 0;
  let writtenByAuditor = 0;
  for (const cmd of commands) {
    const decided = decider.decide(cmd, state);
    // Deciding is pure: the same command on the same state decides the same way.
    expect(decider.decide(cmd, state)).toEqual(decided);
    if (decided._tag === 'Left') {
      expect(typeof decided.left.code).toBe('string');
      expect(decided.left.message.length).toBeGreaterThan(0);
      if (cmd.metadata.actor.role === 'auditor') refusedByAuditor += 1;
      continue;
    }
    if (cmd.metadata.actor.role === 'auditor') writtenByAuditor += decided.right.length;
    for (const event of decided.right) {
      state = decider.evolve(state, event);
      events.push(event);
    }
  }
  return { state, events, refusedByAuditor, writtenByAuditor };
};

const settings = { numRuns: 300 };
const sequences = fc.tuple(
  fc.integer({ min: 0, max: bases.length - 1 }),
  fc.array(anyStep, { minLength: 1, maxLength: 30 }).map((steps) => steps.flat()),
);

describe('partnership invariants over any command sequence', () => {
  it('never exercises more extension options than were granted', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        const { state } = run(commands);
        for (const c of Object.values(state.contracts))
          expect(c.extensionsExercised).toBeLessThanOrEqual(c.extensionOptions.length);
      }),
      settings,
    );
  });

  it('never verifies more than was claimed, pays margin on verified expenditure only, and keeps four eyes', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        const { events } = run(commands);
        const claims = new Map<string, { claimedPence: number; claimedBy: string }>();
        for (const e of events) {
          if (e.type === 'ExpenditureClaimed')
            claims.set(`${e.data.contractId}/${e.data.claimId}`, {
              claimedPence: e.data.claimedPence,
              claimedBy: e.data.claimedBy.id,
            });
          if (e.type === 'ExpenditureVerified') {
            const claim = claims.get(`${e.data.contractId}/${e.data.claimId}`);
            expect(claim).toBeDefined();
            expect(e.data.verifiedPence).toBeLessThanOrEqual(claim?.claimedPence ?? -1);
            expect(e.data.payablePence).toBe(e.data.verifiedPence + e.data.marginPence);
            expect(e.data.verifiedBy.id).not.toBe(claim?.claimedBy);
            expect(e.data.verifiedBy.role).not.toBe('partner');
          }
        }
      }),
      settings,
    );
  });

  it('never signs before the standstill has ended', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        const { events } = run(commands);
        let notice: { earliestSigningDate: string } | undefined;
        let ended = false;
        for (const e of events) {
          if (e.type === 'StandstillNoticeIssued') notice = e.data;
          if (e.type === 'StandstillEnded') ended = true;
          if (
            (e.type === 'ServiceContractSigned' || e.type === 'PartnershipAgreementSigned') &&
            e.data.procurementId !== null
          ) {
            expect(notice).toBeDefined();
            expect(ended).toBe(true);
            expect(e.data.signedOn >= (notice?.earliestSigningDate ?? '9999')).toBe(true);
          }
        }
      }),
      settings,
    );
  });

  it('lets no auditor write, and no one approve their own expansion', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        const { events, writtenByAuditor } = run(commands);
        expect(writtenByAuditor).toBe(0);
        const proposers = new Map<string, string>();
        for (const e of events) {
          if (e.type === 'ModuleExpansionProposed') proposers.set(e.data.expansionId, e.data.proposedBy.id);
          if (e.type === 'ModuleExpansionApproved')
            expect(e.data.approvedBy.id).not.toBe(proposers.get(e.data.expansionId));
        }
      }),
      settings,
    );
  });

  // Open-book claims made while a contract ran may still be verified after it ends (the final
  // accounts): that is the one thing written under an ended contract.
  it('writes nothing more under a contract once it has ended, but the verification of claims made before', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        const { events } = run(commands);
        const ended = new Set<string>();
        const claimedBeforeEnd = new Set<string>();
        for (const e of events) {
          if (e.type === 'ExpenditureClaimed') claimedBeforeEnd.add(`${e.data.contractId}/${e.data.claimId}`);
          const finalAccount =
            e.type === 'ExpenditureVerified' &&
            claimedBeforeEnd.has(`${e.data.contractId}/${e.data.claimId}`);
          const id = 'contractId' in e.data ? (e.data as { contractId: unknown }).contractId : undefined;
          if (typeof id === 'string' && !finalAccount) expect(ended.has(id)).toBe(false);
          if (e.type === 'ContractExpired' || e.type === 'ContractTerminated') ended.add(e.data.contractId);
        }
      }),
      settings,
    );
  });

  it('folds deterministically, and every event survives storage: encode, decode, fold again', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        const { state, events } = run(commands);
        expect(events.reduce(decider.evolve, decider.initialState())).toEqual(state);
        const reread = events.map((event, i) => {
          const encoded = partnershipEventRegistry.encode(event);
          if (encoded._tag === 'Left') throw new Error(encoded.left.message);
          const decoded = partnershipEventRegistry.decode({
            ...encoded.right,
            eventId: `e-${i}`,
            commandId: `c-${i}`,
            streamId: `partnership-${P}`,
            streamVersion: i + 1,
          });
          if (decoded._tag === 'Left') throw new Error(decoded.left.message);
          return decoded.right;
        });
        expect(reread).toEqual(events);
        expect(reread.reduce(decider.evolve, decider.initialState())).toEqual(state);
      }),
      { numRuns: 150 },
    );
  });
});
