import fc from 'fast-check';
import { PartnershipCommandOfType } from '../commands';
import { createPartnershipDecider } from '../decide';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import {
  AGREEMENT,
  CONTRACT,
  exerciseOption,
  goLive,
  kpisSetAtSigning,
  toSigning,
  signContract,
  signAgreement,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { expectTold, tell } from '../testing/story';
import { extendEndDate } from '../dates';

type Options = PartnershipCommandOfType<'SignPartnershipAgreement'>['data']['extensionOptions'];

const extend = (contractId: string, exercisedOn: string, optionNumber?: number) =>
  exerciseOption(exercisedOn, { contractId, ...(optionNumber !== undefined ? { optionNumber } : {}) });

/** A four-year agreement from 1 July 2025 (to 30 June 2029), no price of its own. */
const agreement = (extensionOptions: Options) =>
  signAgreement(extensionOptions !== undefined ? { extensionOptions } : {});

const signed = (extensionOptions: Options, modules = true) => [
  ...toSigning,
  agreement(extensionOptions),
  ...(modules
    ? [
        // A three-year module (to 30 June 2028) at £1.25m a year, with one option of its own.
        signContract({ agreementId: AGREEMENT, annualValuePence: 125_000_000 }),
        goLive(),
      ]
    : []),
];

describe('extension options as an ordered list', () => {
  it('grants "two years, then one more year": each option its own length and value, the maximum term and value with both', () => {
    givenHistory(signed(undefined, false))
      .when(
        signContract({
          contractId: 'module-2',
          agreementId: AGREEMENT,
          initialTerm: { years: 3, months: 0 },
          annualValuePence: 120_000_000,
          // The second option at a lower, renegotiated price.
          extensionOptions: [{ lengthMonths: 24 }, { lengthMonths: 12, annualValuePence: 100_000_000 }],
        }),
      )
      .thenMatches([
        {
          type: 'ServiceContractSigned',
          data: {
            contractId: 'module-2',
            maximumTermMonths: 72,
            initialTermValuePence: 360_000_000,
            maximumValuePence: 360_000_000 + 240_000_000 + 100_000_000,
            extensionOptions: [
              { lengthMonths: 24, annualValuePence: null, valuePence: 240_000_000, noticeMonths: null },
              { lengthMonths: 12, annualValuePence: 100_000_000, valuePence: 100_000_000 },
            ],
          },
        },
        ...kpisSetAtSigning,
      ]);
  });

  it('still takes equal options as a count and a length, listing them', () => {
    givenHistory(signed(undefined, false))
      .when(signContract({ agreementId: AGREEMENT, extensionOptions: { count: 2, lengthMonths: 12 } }))
      .thenMatches([
        {
          type: 'ServiceContractSigned',
          data: {
            extensionOptions: [
              { lengthMonths: 12, valuePence: 200_000_000, modules: [] },
              { lengthMonths: 12, valuePence: 200_000_000, modules: [] },
            ],
            maximumValuePence: 1_000_000_000,
          },
        },
        ...kpisSetAtSigning,
      ]);
  });

  it('exercises options in order, each by its own length', () => {
    const options: Options = [{ lengthMonths: 24 }, { lengthMonths: 12 }];
    givenHistory(signed(options, false))
      .when(extend(AGREEMENT, '2029-01-10'))
      .thenRecords('ExtensionOptionExercised', {
        optionNumber: 1,
        lengthMonths: 24,
        previousEndsOn: '2029-06-30',
        newEndsOn: '2031-06-30',
      });
    givenHistory([...signed(options, false), extend(AGREEMENT, '2029-01-10')])
      .when(extend(AGREEMENT, '2031-01-10'))
      .thenRecords('ExtensionOptionExercised', {
        optionNumber: 2,
        lengthMonths: 12,
        previousEndsOn: '2031-06-30',
        newEndsOn: '2032-06-30',
      });
  });

  it('refuses an option out of order, and one beyond those granted, naming the options', () => {
    const options: Options = [{ lengthMonths: 24 }, { lengthMonths: 12 }];
    givenHistory(signed(options, false))
      .when(extend(AGREEMENT, '2029-01-10', 2))
      .thenFails('ExtensionOutOfOrder', { path: ['data', 'optionNumber'] });
    givenHistory([
      ...signed(options, false),
      extend(AGREEMENT, '2029-01-10'),
      extend(AGREEMENT, '2031-01-10'),
    ])
      .when(extend(AGREEMENT, '2032-01-10'))
      .thenFails('ExtensionsExhausted', {
        message:
          `contract ${AGREEMENT} was granted 2 extension option(s) (24 months, then 12 months) and all 2 have been exercised; ` +
          'it ends 2032-06-30. A further extension is a modification (ModifyContract) or a new contract',
      });
  });

  it('refuses an option exercised after its notice deadline, naming the deadline', () => {
    const options: Options = [{ lengthMonths: 12, noticeMonths: 6 }];
    givenHistory(signed(options, false))
      .when(extend(AGREEMENT, '2028-12-31'))
      .thenRecords('ExtensionOptionExercised', { noticeDeadline: '2028-12-31' });
    givenHistory(signed(options, false))
      .when(extend(AGREEMENT, '2029-01-01'))
      .thenFails('ExtensionTooLate', {
        message: `option 1 of contract ${AGREEMENT} must be exercised with 6 months' notice before the term ends on 2029-06-30, so by 2028-12-31; on 2029-01-01 it can no longer be taken up`,
        details: { endsOn: '2029-06-30', noticeDeadline: '2028-12-31' },
      });
  });
});

describe('an option on the partnership agreement covering its modules', () => {
  it('extends the agreement and every module in force with one command, each module by what it adds', () => {
    givenHistory(signed([{ lengthMonths: 24, modules: 'all' }]))
      .when(extend(AGREEMENT, '2028-01-10'))
      .thenRecords('ExtensionOptionExercised', {
        contractId: AGREEMENT,
        newEndsOn: '2031-06-30',
        modules: [
          {
            contractId: CONTRACT,
            previousEndsOn: '2028-06-30',
            newEndsOn: '2030-06-30',
            lengthMonths: 24,
            valuePence: 250_000_000,
          },
        ],
      });
  });

  it('extends only the modules it names, and leaves their own options untouched', () => {
    const history = [
      ...signed([{ lengthMonths: 12, modules: [CONTRACT] }]),
      signContract({ contractId: 'other', agreementId: AGREEMENT, annualValuePence: 50_000_000, kpis: [] }),
      extend(AGREEMENT, '2028-01-10'),
    ];
    const decider = createPartnershipDecider(defaultCouncilPolicy);
    const { state } = tell(decider, history);
    expect(state.contracts[CONTRACT]).toMatchObject({
      endsOn: '2029-06-30',
      extensionsExercised: 0,
      // Three years and its own option at £1.25m a year, and the year the agreement's option added.
      maximumValuePence: 375_000_000 + 125_000_000 + 125_000_000,
    });
    expect(state.contracts['other']).toMatchObject({ endsOn: '2028-06-30' });
    // The module's own option still follows, from its new end.
    givenHistory(history)
      .when(extend(CONTRACT, '2029-01-10'))
      .thenRecords('ExtensionOptionExercised', { newEndsOn: '2030-06-30', modules: [] });
  });

  it('refuses an option naming a module that is not under the agreement', () => {
    givenHistory(signed([{ lengthMonths: 12, modules: ['no-such-module'] }]))
      .when(extend(AGREEMENT, '2028-01-10'))
      .thenFails('UnknownContract', { details: { moduleId: 'no-such-module' } });
  });

  it('refuses modules on a service contract’s own option', () => {
    givenHistory(signed(undefined, false))
      .when(
        signContract({ agreementId: AGREEMENT, extensionOptions: [{ lengthMonths: 12, modules: 'all' }] }),
      )
      .thenFails('TermInvalid', { path: ['data', 'extensionOptions', '0', 'modules'] });
  });
});

describe('extension options over any list', () => {
  it('are taken in order, each moving the end by its own length, and one more is refused', () => {
    const decider = createPartnershipDecider(defaultCouncilPolicy);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 36 }), { minLength: 1, maxLength: 4 }), (lengths) => {
        let story = expectTold(
          tell(
            decider,
            signed(
              lengths.map((lengthMonths) => ({ lengthMonths })),
              false,
            ),
          ),
        );
        let endsOn = '2029-06-30';
        for (const [i, lengthMonths] of lengths.entries()) {
          // On the last day of the term then running: the latest an option without notice may be taken.
          const exercise = extend(AGREEMENT, endsOn);
          const newEndsOn = extendEndDate(endsOn, lengthMonths);
          expect(decider.decide(exercise, story.state)).toMatchObject({
            right: [{ data: { optionNumber: i + 1, previousEndsOn: endsOn, newEndsOn, lengthMonths } }],
          });
          story = expectTold(tell(decider, [exercise], story));
          endsOn = newEndsOn;
        }
        expect(decider.decide(extend(AGREEMENT, endsOn), story.state)).toMatchObject({
          left: { code: 'ExtensionsExhausted', details: { granted: lengths.length } },
        });
      }),
      { numRuns: 40 },
    );
  });
});
