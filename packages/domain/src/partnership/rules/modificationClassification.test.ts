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
    expect(classifyModification({ ...base, valueChangePence: 10_000_001 }).classification).toMatchObject({
      category: 'not-substantial',
      valueChangeBps: 1001,
      changeNoticeRequired: true,
    });
  });

  it('is substantial when new services go beyond the contract by more than 10%, unless it provided for them', () => {
    const scope = { ...base, valueChangePence: 50_000_000, materialScopeChange: true };
    expect(classifyModification(scope).permitted).toBe(false);
    expect(classifyModification({ ...scope, providedForInContract: true }).classification.category).toBe(
      'provided-for-in-contract',
    );
    expect(classifyModification({ ...scope, permittedGround: 'Schedule 8 para 1' })).toMatchObject({
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

  it('publishes no change notice for contracts let under PCR 2015', () => {
    expect(
      classifyModification({ ...base, regime: 'PCR2015', valueChangePence: 50_000_000 }).classification,
    ).toMatchObject({
      category: 'not-substantial',
      changeNoticeRequired: false,
    });
  });
});
