import { classifyModification } from './modificationClassification';
import { unmodifiedContract } from './modificationTestSupport';

const base = unmodifiedContract;

describe('classifying a modification under PA 2023 s.74-75', () => {
  // PA 2023 s.74(3) and (4) as enacted, https://www.legislation.gov.uk/ukpga/2023/54/section/74/enacted:
  // "(3) A 'substantial modification' is a modification which would (a) increase or decrease the term
  // of the contract by more than 10 per cent of the maximum term provided for on award ..." and
  // "(4) A modification is a 'below-threshold modification' if (a) the modification would not itself
  // increase or decrease the estimated value of the contract by more than (i) ... goods or services,
  // 10 per cent; (ii) ... works, 15 per cent, (b) the aggregated value of below-threshold modifications
  // would be less than the threshold amount ..., (c) the modification would not materially change
  // the scope of the contract, and (d) the modification is not within subsection (1)(a) or (b)."
  it('is substantial when the term moves by more than 10% of the maximum term; below-threshold (s.74(4)) only while its value stays within the lines', () => {
    expect(classifyModification({ ...base, termChangeMonths: 8 }).classification).toMatchObject({
      termChangeBps: 953,
      category: 'not-substantial',
      provision: 'PA 2023 s.74(1)(b), (3)',
      // Within 10% of the maximum term and no value change: s.75(2) spares it the notice.
      changeNoticeRequired: false,
    });
    // Nine months of 84 is 10.72%: substantial, but a below-threshold modification if it adds nothing.
    expect(classifyModification({ ...base, termChangeMonths: 9 }).classification).toMatchObject({
      category: 'below-threshold-modification',
      provision: 'PA 2023 s.74(1)(c), (4)',
      termChangeBps: 1072,
    });
    // Paid for at the contract's rate (£1m over 84 months), nine months add 10.72%: over the 10% line.
    const nine = classifyModification({ ...base, termChangeMonths: 9, valueChangePence: 10_714_286 });
    expect(nine.permitted).toBe(false);
    expect(nine.classification).toMatchObject({
      substantial: true,
      termChangeBps: 1072,
      changeNoticeRequired: true,
    });
    expect(nine.classification.explanation).toContain('s.74(3)(a)');
    expect(nine.classification.explanation).toContain('not a below-threshold modification (s.74(4))');
    expect(classifyModification({ ...base, termChangeMonths: -9 }).classification.termChangeBps).toBe(-1072);
  });

  it('applies the 10% line to each modification and aggregates only against the threshold (s.74(4)(a), (b), (6))', () => {
    // Two rises of 8% on a £1m services contract: each within 10%, together £160,000, below £214,904.
    const second = classifyModification({
      ...base,
      valueChangePence: 8_000_000,
      earlierChangesPence: 8_000_000,
    });
    expect(second).toMatchObject({
      permitted: true,
      classification: {
        category: 'below-threshold-modification',
        measures: {
          originalValuePence: 1_000_000_00,
          earlierChangesPence: 8_000_000,
          aggregateChangePence: 16_000_000,
          thresholdPence: 21_490_400,
          lineBps: 1000,
        },
      },
    });
    // A third takes the aggregate to £240,000, not less than the threshold.
    const third = classifyModification({
      ...base,
      valueChangePence: 8_000_000,
      earlierChangesPence: 16_000_000,
    });
    expect(third.permitted).toBe(false);
    expect(third.classification.explanation).toContain('below the threshold of £214,904.00');
  });

  it('gives works contracts the 15% line (s.74(4)(a)(ii))', () => {
    const works = { ...base, originalValuePence: 10_000_000_00, thresholdPence: 537_260_900 };
    const rise = { ...works, valueChangePence: 140_000_000 };
    expect(classifyModification({ ...rise, works: true }).classification).toMatchObject({
      category: 'below-threshold-modification',
      valueChangeBps: 1400,
      measures: { lineBps: 1500 },
    });
    expect(classifyModification(rise).permitted).toBe(false);
  });

  it("takes the authority's recorded judgment on the economic balance (s.74(3)(c)): more of the same at the contract's rates is not substantial", () => {
    const volume = { ...base, valueChangePence: 30_000_000 };
    expect(classifyModification(volume).permitted).toBe(false);
    expect(
      classifyModification({ ...volume, economicBalanceToSupplier: false }).classification,
    ).toMatchObject({
      category: 'not-substantial',
      provision: 'PA 2023 s.74(1)(b), (3)',
      // 30% of the value, over the 10% line of s.75(2)(a).
      changeNoticeRequired: true,
    });
    // A price rise that buys nothing new moves it, however small.
    expect(
      classifyModification({ ...base, valueChangePence: 1_000_00, economicBalanceToSupplier: true })
        .classification,
    ).toMatchObject({ category: 'below-threshold-modification', regime: 'PA2023' });
  });

  it('is a below-threshold modification when the value moves by at most 10% (services): no change notice', () => {
    expect(classifyModification({ ...base, valueChangePence: 10_000_000 }).classification).toMatchObject({
      category: 'below-threshold-modification',
      valueChangeBps: 1000,
      changeNoticeRequired: false,
    });
    // Paying more than that for what the contract already provides moves the economic balance to the
    // supplier (s.74(3)(c)), and 10.01% is over the line of s.74(4)(a).
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
      classification: {
        category: 'substantial-permitted-ground',
        provision: 'PA 2023 Schedule 8 para 4',
        ground: 'pa2023-sch8-unforeseeable-circumstances',
      },
    });
    // Additional goods, services or works are Schedule 8 para 8 (para 6 defines a known risk and
    // para 7 the public interest test for it): https://www.legislation.gov.uk/ukpga/2023/54/schedule/8
    expect(
      classifyModification({ ...scope, permittedGround: 'pa2023-sch8-additional-goods-services-works' })
        .classification.provision,
    ).toBe('PA 2023 Schedule 8 para 8');
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

  it('judges PCR 2015 contracts by reg 72: a 50% rise is substantial (reg 72(8)(c)) unless on ground (b) or (c), capped at 50% per modification', () => {
    const pcr = { ...base, regime: 'PCR2015' as const, valueChangePence: 50_000_000 };
    expect(classifyModification(pcr).permitted).toBe(false);
    expect(
      classifyModification({ ...pcr, permittedGround: 'pcr2015-reg72-1-c-unforeseeable' }),
    ).toMatchObject({
      permitted: true,
      classification: {
        provision: 'PCR 2015 reg 72(1)(c)',
        ground: 'pcr2015-reg72-1-c-unforeseeable',
        changeNoticeRequired: false,
      },
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

  // PCR 2015 reg 72(5): "This paragraph applies where the value of the modification is below both of
  // the following values:— (a) the relevant threshold mentioned in regulation 5, and (b) 10% of the
  // initial contract value for service and supply contracts and 15% of the initial contract value
  // for works contracts"; reg 72(6): "where several successive modifications are made, the value
  // shall be the net cumulative value of the successive modifications":
  // https://www.legislation.gov.uk/uksi/2015/102/regulation/72
  it('aggregates de minimis changes under PCR 2015 reg 72(5)-(6): +£40,000 then +£50,000 on a £1m contract is 9%; a further +£10,000 reaches 10%, which is not below it', () => {
    const pcr = { ...base, regime: 'PCR2015' as const, valueChangePence: 5_000_000 };
    expect(classifyModification({ ...pcr, earlierChangesPence: 4_000_000 }).classification).toMatchObject({
      category: 'below-threshold-modification',
      provision: 'PCR 2015 reg 72(1)(f), 72(5)',
      measures: { aggregateChangePence: 9_000_000 },
    });
    // "Below" 10%: exactly £100,000 of £1m is not de minimis (PA 2023 s.74(4)(a) would allow it).
    const tenth = classifyModification({
      ...pcr,
      valueChangePence: 1_000_000,
      earlierChangesPence: 9_000_000,
    });
    expect(tenth.permitted).toBe(false);
    expect(tenth.classification.measures?.aggregateChangePence).toBe(10_000_000);
    // One penny less is below the line, though rounded basis points would show it as 10.00%.
    expect(
      classifyModification({ ...pcr, valueChangePence: 999_999, earlierChangesPence: 9_000_000 })
        .classification.category,
    ).toBe('below-threshold-modification');
  });

  it('gives PCR 2015 works contracts the 15% de minimis line, on the net cumulative value (reg 72(5)(b))', () => {
    const works = {
      ...base,
      regime: 'PCR2015' as const,
      works: true,
      originalValuePence: 10_000_000_00,
      thresholdPence: 537_260_900,
      valueChangePence: 70_000_000,
    };
    expect(classifyModification({ ...works, earlierChangesPence: 70_000_000 }).classification).toMatchObject({
      provision: 'PCR 2015 reg 72(1)(f), 72(5)',
      measures: { aggregateChangePence: 140_000_000, lineBps: 1500 },
    });
    expect(classifyModification({ ...works, earlierChangesPence: 90_000_000 }).permitted).toBe(false);
  });

  // PCR 2015 reg 72(8): "(d) the modification extends the scope of the contract or framework
  // agreement considerably" has no figure (the 10% of the maximum term is PA 2023 s.74(3)(a), not the
  // Regulations), so the authority's judgment decides, as for "(c) the modification changes the
  // economic balance of the contract ... in favour of the contractor in a manner which was not
  // provided for in the initial contract": https://www.legislation.gov.uk/uksi/2015/102/regulation/72
  it('takes the authority’s judgment whether a PCR 2015 change extends the scope considerably (reg 72(8)(d)), with no 10% figure', () => {
    const pcr = {
      ...base,
      regime: 'PCR2015' as const,
      economicBalanceToSupplier: false,
      // Paid at the contract's rate: £1m over 84 months is £11,904.76 a month.
    };
    const nine = { ...pcr, termChangeMonths: 9, valueChangePence: 10_714_286 };
    const unjudged = classifyModification(nine);
    expect(unjudged.permitted).toBe(false);
    expect(unjudged.classification.explanation).toContain('reg 72(8)(d)');
    expect(unjudged.classification.explanation).toContain('considerableScopeExtension: false');
    // Nine months (10.72%) judged not considerable: not substantial, though over PA 2023's 10%.
    expect(classifyModification({ ...nine, considerableScopeExtension: false })).toMatchObject({
      permitted: true,
      classification: {
        provision: 'PCR 2015 reg 72(1)(e)',
        category: 'not-substantial',
        termChangeBps: 1072,
      },
    });
    // Six months (7.15%) judged considerable: substantial, though under it (£120,000, beyond de minimis).
    const six = classifyModification({
      ...pcr,
      termChangeMonths: 6,
      valueChangePence: 12_000_000,
      considerableScopeExtension: true,
    });
    expect(six.permitted).toBe(false);
    expect(six.classification.explanation).toContain('as the authority judged (reg 72(8)(d))');
  });
});

// PA 2023 s.75 (https://www.legislation.gov.uk/ukpga/2023/54/section/75): "(1) Before modifying a
// public contract ... a contracting authority must publish a contract change notice. (2) Subsection
// (1) does not apply if (a) the modification increases or decreases the estimated value of the
// contract by (i) in the case of a contract for goods or services, 10 per cent or less, (ii) in the
// case of a contract for works, 15 per cent or less, or (b) the modification increases or decreases
// the term of the contract by 10 per cent or less of the maximum term provided for on award, unless
// the modification is a permitted modification under paragraph 9 of Schedule 8 (novation or
// assignment on corporate restructuring)"; "(6) This section does not apply in relation to a
// modification of a contract that ... (b) is a light touch contract".
describe('contract change notices under PA 2023 s.75', () => {
  it('are not needed for a change within the value line and 10% of the term (s.75(2)), and are for one beyond either', () => {
    const providedFor = { ...base, providedForInContract: true };
    expect(
      classifyModification({ ...providedFor, valueChangePence: 10_000_000 }).classification
        .changeNoticeRequired,
    ).toBe(false);
    expect(
      classifyModification({ ...providedFor, valueChangePence: 10_000_001 }).classification
        .changeNoticeRequired,
    ).toBe(true);
    expect(
      classifyModification({ ...providedFor, termChangeMonths: 24 }).classification.changeNoticeRequired,
    ).toBe(true);
    // A works contract has the 15% line: +12% needs no notice.
    expect(
      classifyModification({ ...providedFor, works: true, valueChangePence: 12_000_000 }).classification
        .changeNoticeRequired,
    ).toBe(false);
    const unforeseeable = classifyModification({
      ...base,
      valueChangePence: 30_000_000,
      permittedGround: 'pa2023-sch8-unforeseeable-circumstances',
    });
    expect(unforeseeable.classification.changeNoticeRequired).toBe(true);
    expect(unforeseeable.classification.explanation).toContain('must be published (s.75(1))');
  });

  it('are always needed for a novation or assignment on corporate restructuring (Schedule 8 para 9), however small', () => {
    const novation = classifyModification({
      ...base,
      economicBalanceToSupplier: true,
      valueChangePence: 1,
      permittedGround: 'pa2023-sch8-corporate-restructuring',
    });
    expect(novation).toMatchObject({
      permitted: true,
      classification: { provision: 'PA 2023 Schedule 8 para 9', changeNoticeRequired: true },
    });
  });

  it('are never needed for a light-touch contract (s.75(6)(b))', () => {
    expect(
      classifyModification({ ...base, lightTouch: true, termChangeMonths: 40, valueChangePence: 90_000_000 })
        .classification.changeNoticeRequired,
    ).toBe(false);
  });
});
