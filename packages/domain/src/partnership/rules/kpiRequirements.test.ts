import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { KPI_DUTY_EXCEPTIONS } from './kpiDutyExceptions';
import { kpiDutyInLaw, kpisRequired, minimumKpis, S52_VALUE_THRESHOLD_PENCE } from './kpiRequirements';

const contract = { regime: 'PA2023' as const, lightTouch: false, maximumValuePence: 5_000_000_01 };

// PA 2023 s.52 (https://www.legislation.gov.uk/ukpga/2023/54/section/52): "(1) Before entering into
// a public contract with an estimated value of more than £5 million, a contracting authority must set
// at least three key performance indicators in respect of the contract. (2) Subsection (1) does not
// apply if the contracting authority considers that the supplier's performance under the contract
// could not appropriately be assessed by reference to key performance indicators. ... (6) This section
// does not apply in relation to a public contract that is— (a) a framework, (b) a utilities contract
// awarded by a private utility, (c) a concession contract, or (d) a light touch contract."
// s.123(2): "a reference to an amount payable ... under a contract includes a reference to any amount
// referable to VAT", and the Cabinet Office's Guidance: Thresholds gives estimated values "(including
// VAT)": so the £5m is a VAT-inclusive estimated value.
describe('the PA 2023 s.52 KPI duty', () => {
  it('reaches a contract of more than £5m: £5,000,000.01 is reached, exactly £5,000,000.00 is not', () => {
    expect(S52_VALUE_THRESHOLD_PENCE).toBe(5_000_000_00);
    expect(kpiDutyInLaw(contract)).toBe(true);
    expect(kpiDutyInLaw({ ...contract, maximumValuePence: 5_000_000_00 })).toBe(false);
  });

  it('asks for at least three KPIs, or more where the council asks for more', () => {
    expect(
      minimumKpis({ ...defaultCouncilPolicy, kpi: { ...defaultCouncilPolicy.kpi, minimumKpis: 1 } }),
    ).toBe(3);
    expect(
      minimumKpis({ ...defaultCouncilPolicy, kpi: { ...defaultCouncilPolicy.kpi, minimumKpis: 5 } }),
    ).toBe(5);
  });

  it('does not reach a light touch contract (s.52(6)(d)), nor a contract let under PCR 2015 or below the thresholds', () => {
    expect(kpiDutyInLaw({ ...contract, lightTouch: true })).toBe(false);
    expect(kpiDutyInLaw({ ...contract, regime: 'PCR2015' })).toBe(false);
    expect(kpiDutyInLaw({ ...contract, regime: 'below-threshold' })).toBe(false);
  });

  it('cannot be switched off by a council policy with a higher line, but may be made stricter by a lower one', () => {
    const lax = {
      ...defaultCouncilPolicy,
      kpi: { ...defaultCouncilPolicy.kpi, valueThresholdPence: 50_000_000_00 },
    };
    expect(kpisRequired(contract, lax)).toBe(true);
    const strict = {
      ...defaultCouncilPolicy,
      kpi: { ...defaultCouncilPolicy.kpi, valueThresholdPence: 1_000_000_00 },
    };
    expect(kpisRequired({ ...contract, maximumValuePence: 2_000_000_00 }, strict)).toBe(true);
    expect(kpisRequired({ ...contract, maximumValuePence: 2_000_000_00 }, defaultCouncilPolicy)).toBe(false);
  });

  it('records its exceptions under the subsection that grants them', () => {
    expect(KPI_DUTY_EXCEPTIONS['not-appropriately-assessed-by-kpis'].provision).toBe('PA 2023 s.52(2)');
    expect(KPI_DUTY_EXCEPTIONS.framework.provision).toBe('PA 2023 s.52(6)(a)');
  });
});
