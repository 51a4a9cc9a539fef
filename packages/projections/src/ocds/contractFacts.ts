import { correctedTerm, pick } from '@council-partnerships/domain';
import { isReadBy } from '../readers';
import { PartnershipLogged } from '../partnershipEvents';
import { addContractChangeRelease } from './releases';
import { OcdsContract, OcdsPartnership } from './state';
import { endOfDay, startOfDay } from './values';

/** PA 2023 s.71 ratings as the UK extension's observation `measureClassification` codes. */
const MEASURE = new Map([
  ['good', 'met'],
  ['approaching-target', 'slightlyBelow'],
  ['requires-improvement', 'below'],
  ['inadequate', 'significantlyBelow'],
  ['other', 'other'],
]);

export const contractNamed = (p: OcdsPartnership, contractId: string): OcdsContract | undefined =>
  p.contracts.find((c) => c.contractId === contractId);

/** Applies an event about a signed contract (KPIs, reviews, changes, its end), adding its release. */
export const changeContract = (p: OcdsPartnership, event: PartnershipLogged): void => {
  if (!isReadBy('ocds-contract', event)) return;
  switch (event.type) {
    case 'KpiDefined':
      p.kpis.push({
        kpiId: event.data.kpiId,
        contractId: event.data.contractId,
        name: event.data.name,
        unit: event.data.unit,
        target: event.data.target,
      });
      return;
    case 'KpiDefinitionCorrected': {
      // Later performance releases title each metric with the KPI's name as corrected.
      const d = event.data;
      const kpi = p.kpis.find((k) => k.kpiId === d.kpiId && k.contractId === d.contractId);
      if (kpi === undefined) return;
      kpi.name = d.corrected.name ?? kpi.name;
      kpi.unit = d.corrected.unit ?? kpi.unit;
      kpi.target = d.corrected.target;
      return;
    }
    case 'PerformanceReviewed': {
      const d = event.data;
      const c = contractNamed(p, d.contractId);
      if (c === undefined) return;
      const period = { startDate: startOfDay(d.periodStart), endDate: endOfDay(d.periodEnd) };
      const metrics = d.kpiAssessments.map((k) => ({
        id: k.kpiId,
        title: p.kpis.find((x) => x.kpiId === k.kpiId && x.contractId === d.contractId)?.name ?? k.kpiId,
        observations: [
          {
            id: `${d.reviewId}-${k.kpiId}`,
            period,
            measure: k.rating,
            notes: `PA 2023 s.71 rating: ${k.rating}; council RAG: ${k.rag}`,
            measureClassification: { scheme: 'UK_KPI_MEASURE', id: MEASURE.get(k.rating) ?? 'other' },
          },
        ],
      }));
      addContractChangeRelease(p, event, c, {
        kind: `performance-${d.reviewId}`,
        tag: 'implementation',
        noticeType: 'UK9',
        documentAt: 'implementation',
        contract: {
          implementation: {
            metrics,
            ...(d.rating === 'inadequate' || d.decision === 'terminate'
              ? {
                  performanceFailures: [
                    {
                      id: d.reviewId,
                      period,
                      description:
                        d.ratingExplanation ?? `overall rating ${d.rating}; decision: ${d.decision}`,
                      suppliers: [{ id: c.supplierId }],
                    },
                  ],
                }
              : {}),
          },
        },
      });
      return;
    }
    case 'ExtensionOptionExercised':
    case 'ContractModified': {
      const d = event.data;
      const c = contractNamed(p, d.contractId);
      if (c === undefined) return;
      const modified = event.type === 'ContractModified' ? event.data : null;
      const modificationId =
        modified?.modificationId ??
        `${c.contractId}-extension-${event.type === 'ExtensionOptionExercised' ? event.data.optionNumber : 0}`;
      if (event.type === 'ExtensionOptionExercised') {
        c.endsOn = event.data.newEndsOn;
        c.extensionMonths += event.data.lengthMonths;
      } else {
        c.endsOn = event.data.newEndsOn;
        c.extensionMonths += event.data.termChangeMonths;
        c.valuePence += event.data.valueChangePence;
      }
      const date =
        modified?.agreedOn ?? (event.type === 'ExtensionOptionExercised' ? event.data.exercisedOn : '');
      addContractChangeRelease(p, event, c, {
        kind: `change-${modificationId}`,
        tag: 'contractAmendment',
        noticeType: 'UK10',
        modificationId,
        contract: {
          amendments: [
            {
              id: modificationId,
              date: startOfDay(date),
              description:
                modified?.description ?? `extension option taken up: the contract now ends on ${c.endsOn}`,
              rationale:
                modified?.classification.explanation ?? 'an extension option provided for in the contract',
              rationaleClassifications: [
                {
                  scheme: modified?.classification.provision ?? 'contract terms',
                  id: modified?.classification.category ?? 'provided-for-in-contract',
                },
              ],
            },
          ],
        },
      });
      return;
    }
    case 'ContractDatesCorrected': {
      const d = event.data;
      const c = contractNamed(p, d.contractId);
      if (c === undefined) return;
      const term = correctedTerm(c, d);
      c.valuePence += term.initialTermValuePence - c.initialTermValuePence;
      Object.assign(c, pick(term, ['initialTermMonths', 'maximumTermMonths', 'initialTermValuePence']));
      c.startsOn = d.startsOn;
      c.endsOn = d.endsOn;
      // Not a change to the contract but to what was published of it: an update, naming the correction.
      addContractChangeRelease(p, event, c, {
        kind: `correction-${d.correctionId}`,
        tag: 'contractUpdate',
        noticeType: 'UK7',
        contract: {
          amendments: [
            {
              id: d.correctionId,
              date: startOfDay(d.correctedOn),
              description: `dates entered wrongly corrected: ${d.previousStartsOn} to ${d.previousEndsOn} corrected to ${d.startsOn} to ${d.endsOn}`,
              rationale: d.reason,
            },
          ],
        },
      });
      return;
    }
    case 'ContractExpired':
    case 'ContractTerminated': {
      const c = contractNamed(p, event.data.contractId);
      if (c === undefined) return;
      const endedOn = event.type === 'ContractExpired' ? event.data.expiredOn : event.data.terminatedOn;
      c.status = 'terminated';
      c.endsOn = endedOn < c.endsOn ? endedOn : c.endsOn;
      addContractChangeRelease(p, event, c, {
        kind: `termination-${c.contractId}`,
        tag: 'contractTermination',
        noticeType: 'UK11',
        contract: {
          terminationRationaleClassifications: [
            {
              scheme: 'partnerships',
              id: event.type === 'ContractExpired' ? 'expired' : event.data.ground,
            },
          ],
        },
      });
      return;
    }
  }
};
