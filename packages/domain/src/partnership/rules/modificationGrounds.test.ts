import { MODIFICATION_GROUNDS } from './modificationGrounds';
import { classifyModification, ModificationInput } from './modificationClassification';
import { unmodifiedContract } from './modificationTestSupport';

/** A £1m services contract of seven years, under PA 2023 unless a case says otherwise, its scope changed. */
const contract: ModificationInput = { ...unmodifiedContract, materialScopeChange: true };

const byRegime = (regime: 'PA2023' | 'PCR2015') =>
  Object.fromEntries(
    Object.values(MODIFICATION_GROUNDS)
      .filter((g) => g.regime === regime)
      .map((g) => [g.provision, g.capBps]),
  );

// Procurement Act 2023 Schedule 8 (https://www.legislation.gov.uk/ukpga/2023/54/schedule/8), as
// revised to 1 April 2026, read paragraph by paragraph:
//   para 1 "Provided for in the contract" (no cap); para 2 "Urgency and the protection of life, etc"
//   (no cap), para 3 an assumption for para 2; para 4 "Unforeseeable circumstances": "(c) the
//   modification would not increase the estimated value of the contract by more than 50 per cent";
//   para 5 "Materialisation of a known risk": "(b) ... not ... more than 50 per cent ignoring ... the
//   fact that the risk has materialised", para 6 what a "known risk" means, para 7 the public
//   interest test for para 5; para 8 "Additional goods, services or works": "(d) ... not ... more than
//   50 per cent"; para 9 "Transfer on corporate restructuring" (no cap); paras 10 and 11 "Defence
//   authority contracts", which only an authority a Minister specifies for defence or national
//   security can let (s.7(4)-(5)). The Cabinet Office's Guidance: Contract Modifications counts "ten
//   grounds in total", "eight grounds set out in Schedule 8" with s.74(1)(b) and (c).
describe('the permitted grounds are the closed list of PA 2023 Schedule 8 a council can rely on', () => {
  it('names paragraphs 1, 2, 4, 5, 8 and 9 with their 50% caps, and nothing else', () => {
    expect(byRegime('PA2023')).toEqual({
      'PA 2023 Schedule 8 para 1': null,
      'PA 2023 Schedule 8 para 2': null,
      'PA 2023 Schedule 8 para 4': 5000,
      'PA 2023 Schedule 8 para 5': 5000,
      'PA 2023 Schedule 8 para 8': 5000,
      'PA 2023 Schedule 8 para 9': null,
    });
  });

  it('permits new services of £500,000 on a £1m contract on paragraphs 4, 5 and 8, and refuses one penny more', () => {
    for (const ground of [
      'pa2023-sch8-unforeseeable-circumstances',
      'pa2023-sch8-known-risk',
      'pa2023-sch8-additional-goods-services-works',
    ] as const) {
      const half = classifyModification({
        ...contract,
        valueChangePence: 500_000_00,
        permittedGround: ground,
      });
      expect(half).toMatchObject({ permitted: true, classification: { ground, valueChangeBps: 5000 } });
      const more = classifyModification({
        ...contract,
        valueChangePence: 500_000_01,
        permittedGround: ground,
      });
      expect(more.permitted).toBe(false);
      expect(more.classification.explanation).toContain('at most 50.00% of the original value');
    }
  });

  it('sets no cap on urgency (paragraph 2): £900,000 of new services is permitted, with a contract change notice (s.75(1))', () => {
    expect(
      classifyModification({
        ...contract,
        valueChangePence: 900_000_00,
        permittedGround: 'pa2023-sch8-urgency-or-protect-life',
      }),
    ).toMatchObject({
      permitted: true,
      classification: { provision: 'PA 2023 Schedule 8 para 2', changeNoticeRequired: true },
    });
  });

  it('says in the explanation what paragraph 8 asks: incompatibility, significant inconvenience and the substantial duplication of costs', () => {
    const explanation = classifyModification({
      ...contract,
      valueChangePence: 100_000_00,
      permittedGround: 'pa2023-sch8-additional-goods-services-works',
    }).classification.explanation;
    expect(explanation).toContain('permitted by PA 2023 Schedule 8 para 8');
    expect(explanation).toContain('and the substantial duplication of costs');
  });
});

// PCR 2015 reg 72(1) (https://www.legislation.gov.uk/uksi/2015/102/regulation/72): (a) review
// clauses "irrespective of their monetary value"; (b) additional works, services or supplies
// "provided that any increase in price does not exceed 50% of the value of the original contract";
// (c) unforeseeable circumstances, "(iii) any increase in price does not exceed 50% of the value of
// the original contract"; (d) a new contractor. Reg 72(2): "the limitations imposed by the proviso at
// the end of paragraph (1)(b) and by paragraph (c)(iii) shall apply to the value of each modification".
describe('the PCR 2015 grounds are reg 72(1)(a)-(d), the 50% cap applying to each modification', () => {
  it('caps grounds (b) and (c) only', () => {
    expect(byRegime('PCR2015')).toEqual({
      'PCR 2015 reg 72(1)(a)': null,
      'PCR 2015 reg 72(1)(b)': 5000,
      'PCR 2015 reg 72(1)(c)': 5000,
      'PCR 2015 reg 72(1)(d)': null,
    });
  });

  it('measures each of two successive £400,000 changes on ground (b) against the £1m original value, so both stand', () => {
    const pcr = {
      ...contract,
      regime: 'PCR2015' as const,
      valueChangePence: 400_000_00,
      permittedGround: 'pcr2015-reg72-1-b-additional-services' as const,
    };
    expect(classifyModification(pcr).permitted).toBe(true);
    expect(classifyModification({ ...pcr, earlierChangesPence: 400_000_00 })).toMatchObject({
      permitted: true,
      classification: { provision: 'PCR 2015 reg 72(1)(b)', valueChangeBps: 4000 },
    });
  });
});

// Pressetext Nachrichtenagentur, C-454/06 (judgment of 19 June 2008, ECLI:EU:C:2008:351,
// https://curia.europa.eu/juris/document/document.jsf?docid=69189&doclang=EN), paras 34-37, in
// paraphrase because the corpora searched held the judgment's heading only: an amendment is a new
// award when it is materially different in character from the original contract, as where it
// introduces conditions that would have admitted other tenderers or another tender, extends the scope
// considerably to services not initially covered, or changes the economic balance in the
// contractor's favour in a manner the initial contract did not provide for. PCR 2015 reg 72(8)(b)-(d)
// codified the same three tests in words that were read (see modificationClassification.test.ts).
// The judgment sets no percentage: the 10% and 15% lines arrived with reg 72(5).
describe('a PCR 2006 contract is changed materially only on the Pressetext tests, with no 10% line', () => {
  const pcr2006 = { ...contract, regime: 'PCR2006' as const, materialScopeChange: false };

  it('lets 30% more of the same services at the contract’s rates stand when the authority records that the balance has not moved', () => {
    expect(
      classifyModification({ ...pcr2006, valueChangePence: 300_000_00, economicBalanceToSupplier: false }),
    ).toMatchObject({
      permitted: true,
      classification: {
        category: 'not-substantial',
        provision: 'PCR 2006 (Pressetext Nachrichtenagentur, C-454/06)',
      },
    });
  });

  it('takes a price rise for the same services as moving the balance (para 37) unless the authority records otherwise', () => {
    const rise = classifyModification({ ...pcr2006, valueChangePence: 20_000_00 });
    expect(rise.permitted).toBe(false);
    expect(rise.classification.explanation).toContain('Pressetext para 37');
  });

  it('takes two more years, or new services, as extending the scope considerably (para 36) unless the authority judges otherwise', () => {
    const longer = { ...pcr2006, termChangeMonths: 24, economicBalanceToSupplier: false };
    expect(classifyModification(longer).permitted).toBe(false);
    expect(classifyModification(longer).classification.explanation).toContain(
      'considerableScopeExtension: false',
    );
    expect(classifyModification({ ...longer, considerableScopeExtension: false }).permitted).toBe(true);
    expect(
      classifyModification({ ...pcr2006, materialScopeChange: true, economicBalanceToSupplier: false })
        .permitted,
    ).toBe(false);
  });
});

// PCR 2015 reg 118 (https://www.legislation.gov.uk/uksi/2015/102/regulation/118): "(5B) This
// paragraph refers to a contract which was awarded under the 2006 Regulations (other than a public
// works concession contract). (5C) A contract referred to in paragraph (5B) is subject to regulations
// 72 and 73(3) ...". So PCR 2006 had no rule of its own only until 25 February 2015.
describe('a PCR 2006 contract changed on or after 26 February 2015 is judged by PCR 2015 reg 72 (reg 118(5B)-(5C))', () => {
  const pcr2006 = { ...contract, regime: 'PCR2006' as const, materialScopeChange: false };

  it('is de minimis under reg 72(5) when changed in 2016: +£90,000 on £1m, below 10% and the threshold', () => {
    expect(
      classifyModification({
        ...pcr2006,
        valueChangePence: 90_000_00,
        modifiedOn: '2016-03-01',
        // The sub-central threshold on that day, £164,176 (net of VAT until 2022).
        thresholdPence: 16_417_600,
      }).classification,
    ).toMatchObject({
      regime: 'PCR2006',
      category: 'below-threshold-modification',
      provision: 'PCR 2015 reg 72(1)(f), 72(5), applied to a PCR 2006 contract by reg 118(5B)-(5C)',
    });
  });

  it('may rely on a reg 72(1) ground, capped at 50%, and is judged on Pressetext the day before', () => {
    const newServices = {
      ...pcr2006,
      materialScopeChange: true,
      valueChangePence: 400_000_00,
      permittedGround: 'pcr2015-reg72-1-c-unforeseeable' as const,
    };
    expect(classifyModification({ ...newServices, modifiedOn: '2015-02-26' })).toMatchObject({
      permitted: true,
      classification: {
        provision: 'PCR 2015 reg 72(1)(c), applied to a PCR 2006 contract by reg 118(5B)-(5C)',
      },
    });
    const before = classifyModification({ ...newServices, modifiedOn: '2015-02-25' });
    expect(before.permitted).toBe(false);
    expect(before.classification.provision).toBe('PCR 2006 (Pressetext Nachrichtenagentur, C-454/06)');
  });
});
