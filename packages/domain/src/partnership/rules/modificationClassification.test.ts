import { classifyModification, ModificationInput } from './modificationClassification';

const base: ModificationInput = {
  regime: 'PA2023',
  lightTouch: false,
  maximumTermMonths: 84,
  termChangeMonths: 0,
  originalValuePence: 1_000_000_00,
  valueChangePence: 0,
  providedForInContract: false,
  materialScopeChange: false,
  permittedGround: null,
  thresholdPence: 21_490_400,
};

describe('classifying a modification under PA 2023 s.74-75', () => {
  it('is substantial when the term moves by more than 10% of the maximum term', () => {
    expect(classifyModification({ ...base, termChangeMonths: 8 }).classification).toMatchObject({
      termChangeBps: 953,
      category: 'below-threshold-modification',
    });
    const nine = classifyModification({ ...base, termChangeMonths: 9 });
    expect(nine.permitted).toBe(false);
    expect(nine.classification).toMatchObject({
      substantial: true,
      termChangeBps: 1072,
      changeNoticeRequired: true,
    });
    expect(classifyModification({ ...base, termChangeMonths: -9 }).classification.termChangeBps).toBe(-1072);
  });

  it('is a below-threshold modification when the value moves by at most 10% (services): no change notice', () => {
    expect(classifyModification({ ...base, valueChangePence: 10_000_000 }).classification).toMatchObject({
      category: 'below-threshold-modification',
      valueChangeBps: 1000,
      changeNoticeRequired: false,
    });
    // Paying more than that for the same contract moves the economic balance to the supplier (s.74(3)(c)).
    const more = classifyModification({ ...base, valueChangePence: 10_000_001 });
    expect(more.permitted).toBe(false);
    expect(more.classification).toMatchObject({ valueChangeBps: 1001, substantial: true });
    expect(more.classification.explanation).toContain('s.74(3)(c)');
  });

  it('is substantial when new services go beyond the contract by more than 10%, unless it provided for them', () => {
    const scope = { ...base, valueChangePence: 50_000_000, materialScopeChange: true };
    expect(classifyModification(scope).permitted).toBe(false);
    expect(classifyModification({ ...scope, providedForInContract: true }).classification.category).toBe(
      'provided-for-in-contract',
    );
    expect(
      classifyModification({ ...scope, permittedGround: 'pa2023-sch8-unforeseeable-circumstances' }),
    ).toMatchObject({
      permitted: true,
      classification: { category: 'substantial-permitted-ground' },
    });
  });

  it('leaves light-touch contracts free to change, and contracts below the thresholds outside the regime', () => {
    expect(classifyModification({ ...base, lightTouch: true, termChangeMonths: 60 })).toMatchObject({
      permitted: true,
      classification: { category: 'light-touch', substantial: false, changeNoticeRequired: false },
    });
    expect(
      classifyModification({ ...base, regime: 'below-threshold', termChangeMonths: 4 }).classification
        .category,
    ).toBe('outside-regulated-regime');
  });

  it('judges PCR 2015 contracts by reg 72: a 50% rise is substantial (reg 72(8)(b)) unless on ground (b) or (c), capped at 50% per modification', () => {
    const pcr = { ...base, regime: 'PCR2015' as const, valueChangePence: 50_000_000 };
    expect(classifyModification(pcr).permitted).toBe(false);
    expect(
      classifyModification({ ...pcr, permittedGround: 'pcr2015-reg72-1-c-unforeseeable' }),
    ).toMatchObject({
      permitted: true,
      classification: { law: 'PCR 2015 reg 72(1)(c)', changeNoticeRequired: false },
    });
    expect(
      classifyModification({
        ...pcr,
        valueChangePence: 50_000_001,
        permittedGround: 'pcr2015-reg72-1-c-unforeseeable',
      }).permitted,
    ).toBe(false);
    // A light-touch contract under PCR 2015 has no freedom: only PA 2023 s.74(2) gives one.
    expect(classifyModification({ ...pcr, lightTouch: true }).permitted).toBe(false);
  });

  it('aggregates de minimis changes under PCR 2015 reg 72(5): two +£50,000 changes to a £1m contract are 10%, a third is not de minimis', () => {
    const pcr = { ...base, regime: 'PCR2015' as const, valueChangePence: 5_000_000 };
    expect(classifyModification({ ...pcr, earlierChangesPence: 5_000_000 }).classification.category).toBe(
      'below-threshold-modification',
    );
    expect(classifyModification({ ...pcr, earlierChangesPence: 10_000_000 }).permitted).toBe(false);
  });
});
