import { isReadBy } from '../readers';
import { PartnershipLogged } from '../partnershipEvents';
import { signedContract } from '../signedContract';
import {
  addAwardRelease,
  addContractRelease,
  addRelease,
  noticeFor,
  processKeyOf,
  subject,
} from './releases';
import { changeContract, contractNamed } from './contractFacts';
import { METHOD, procedureWording } from './procedure';
import { OcdsContract, OcdsPartnership } from './state';
import { upsertSupplier } from './records';
import { endOfDay, gbp, startOfDay } from './values';

/** Applies one event to a partnership's publication facts, in place, adding the releases it makes. */
export const changeOcds = (p: OcdsPartnership, event: PartnershipLogged): void => {
  if (!isReadBy('ocds', event)) {
    changeContract(p, event);
    return;
  }
  switch (event.type) {
    case 'PartnershipConceived':
      p.title = event.data.title;
      p.description = event.data.description;
      p.buyer = { id: event.data.leadCommissioner.commissionerId, name: event.data.leadCommissioner.name };
      return;
    case 'CommissionerJoined':
      p.commissioners.push({ id: event.data.commissionerId, name: event.data.name });
      return;
    case 'MarketEngagementEventScheduled':
    case 'MarketEngagementEventHeld': {
      const id = event.data.engagementEventId;
      let engagement = p.engagements.find((e) => e.engagementEventId === id);
      if (event.type === 'MarketEngagementEventScheduled') {
        engagement = { engagementEventId: id, title: event.data.title, date: event.data.date, heldOn: null };
        p.engagements.push(engagement);
      } else if (engagement !== undefined) engagement.heldOn = event.data.heldOn;
      if (engagement === undefined) return;
      addRelease(p, {
        event,
        kind: `engagement-${id}`,
        processKey: processKeyOf(p, null),
        tag: event.type === 'MarketEngagementEventScheduled' ? 'planning' : 'planningUpdate',
        notice: subject('UK2', { engagementEventId: id }),
        documentAt: { section: 'planning', id: null },
        sections: {
          planning: {
            rationale: `Preliminary market engagement for ${p.title}`,
            milestones: [
              {
                id: id,
                title: engagement.title,
                type: 'engagement',
                dueDate: startOfDay(engagement.date),
                status: engagement.heldOn === null ? 'scheduled' : 'met',
                ...(engagement.heldOn === null ? {} : { dateMet: startOfDay(engagement.heldOn) }),
              },
            ],
          },
        },
      });
      return;
    }
    case 'ProcurementLaunched': {
      const d = event.data;
      const processKey =
        p.procurements.length === 0 ? p.partnershipId : `${p.partnershipId}-${d.procurementId}`;
      p.procurements.push({
        procurementId: d.procurementId,
        processKey,
        title: d.title,
        procedure: d.procedure,
        regime: d.regime,
        lightTouch: d.lightTouch,
        launchedOn: d.launchedOn,
        estimatedTotalValuePence: d.estimatedTotalValuePence,
        maximumTermMonths: d.maximumTermMonths,
        lots: d.lots.map((l) => ({ lotId: l.lotId, title: l.title, annualBudgetPence: l.annualBudgetPence })),
        cancelledOn: null,
      });
      addRelease(p, {
        event,
        kind: `tender-${d.procurementId}`,
        processKey,
        tag: 'tender',
        notice: subject(noticeFor(d.regime, 'UK4', 'PCR-contract-notice'), {
          procurementId: d.procurementId,
        }),
        documentAt: { section: 'tender', id: null },
        sections: {
          tender: {
            id: d.procurementId,
            title: d.title,
            status: 'active',
            procurementMethod: METHOD.get(d.procedure) ?? 'open',
            procurementMethodDetails: procedureWording(d.procedure, d.lightTouch),
            mainProcurementCategory: 'services',
            value: gbp(d.estimatedTotalValuePence),
            ...(d.advertisedOn === null ? {} : { datePublished: startOfDay(d.advertisedOn) }),
            contractPeriod: { durationInMonths: d.maximumTermMonths },
            ...(d.lightTouch ? { specialRegime: ['lightTouch'] } : {}),
            ...(d.lots.length === 0
              ? {}
              : {
                  lots: d.lots.map((l) => ({
                    id: l.lotId,
                    title: l.title,
                    status: 'active',
                    value: gbp(l.annualBudgetPence),
                  })),
                }),
          },
        },
      });
      return;
    }
    case 'ProcurementCancelled': {
      const procurement = p.procurements.find((x) => x.procurementId === event.data.procurementId);
      if (procurement === undefined) return;
      procurement.cancelledOn = event.data.cancelledOn;
      addRelease(p, {
        event,
        kind: `tender-cancellation-${procurement.procurementId}`,
        processKey: procurement.processKey,
        tag: 'tenderCancellation',
        notice: subject('UK12', { procurementId: procurement.procurementId }),
        documentAt: { section: 'tender', id: null },
        sections: {
          tender: {
            id: procurement.procurementId,
            title: procurement.title,
            status: 'cancelled',
            statusDetails: event.data.reason,
            finalStatusDate: endOfDay(event.data.cancelledOn),
          },
        },
      });
      return;
    }
    case 'AwardDecisionMade': {
      const d = event.data;
      const procurement = p.procurements.find((x) => x.procurementId === d.procurementId);
      upsertSupplier(p, d.supplierId, d.supplierName, undefined);
      const awardId = `${d.procurementId}-${d.lotId}`;
      const lot = procurement?.lots.find((l) => l.lotId === d.lotId);
      const award = {
        awardId,
        processKey: processKeyOf(p, d.procurementId),
        procurementId: d.procurementId,
        lotId: d.lotId,
        title: lot?.title ?? procurement?.title ?? awardId,
        supplierId: d.supplierId,
        decidedOn: d.decidedOn,
        valuePence: d.totalValuePence,
        standstill: null,
        published: false,
      };
      p.awards = p.awards.filter((a) => a.awardId !== awardId);
      p.awards.push(award);
      addAwardRelease(p, event, award, procurement?.regime ?? 'PA2023');
      return;
    }
    case 'StandstillNoticeIssued':
      for (const a of p.awards)
        if (
          a.procurementId === event.data.procurementId &&
          a.lotId !== null &&
          event.data.lotIds.includes(a.lotId)
        )
          a.standstill = { startOn: event.data.noticeDate, lastDay: event.data.lastDay };
      return;
    case 'PartnershipAgreementSigned':
    case 'ServiceContractSigned': {
      const d = event.data;
      const tier2 = event.type === 'ServiceContractSigned' ? event.data : null;
      const { contractId, supplierId, supplierName } = signedContract(event);
      upsertSupplier(p, supplierId, supplierName, d.supplierDetails);
      // A module from an expansion belongs to the process of the agreement it sits under.
      const agreement = tier2?.agreementId == null ? undefined : contractNamed(p, tier2.agreementId);
      const processKey =
        d.procurementId === null
          ? (agreement?.processKey ?? p.partnershipId)
          : processKeyOf(p, d.procurementId);
      let award = p.awards.find(
        (a) =>
          d.procurementId !== null &&
          a.procurementId === d.procurementId &&
          a.lotId === d.lotId &&
          a.supplierId === supplierId,
      );
      if (award === undefined) {
        award = {
          awardId: `${contractId}-award`,
          processKey,
          procurementId: d.procurementId,
          lotId: d.lotId,
          title: d.title,
          supplierId,
          decidedOn: d.signedOn,
          valuePence: d.initialTermValuePence,
          standstill: null,
          published: false,
        };
        p.awards.push(award);
      }
      const procurement = p.procurements.find((x) => x.procurementId === d.procurementId);
      if (!award.published) addAwardRelease(p, event, award, procurement?.regime ?? d.regime);
      const contract: OcdsContract = {
        contractId,
        processKey,
        awardId: award.awardId,
        title: d.title,
        services: tier2 === null ? [] : [...tier2.services],
        supplierId,
        signedOn: d.signedOn,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        maximumTermMonths: d.maximumTermMonths,
        initialTermMonths: d.initialTerm.years * 12 + d.initialTerm.months,
        extensionMonths: 0,
        annualValuePence: d.annualValuePence,
        initialTermValuePence: d.initialTermValuePence,
        valuePence: d.initialTermValuePence,
        lightTouch: d.lightTouch,
        status: 'active',
      };
      p.contracts.push(contract);
      addContractRelease(p, event, contract);
      return;
    }
    case 'NoticePublished':
      p.notices.push({
        noticeType: event.data.noticeType,
        reference: event.data.reference,
        publishedOn: event.data.publishedOn,
        platform: event.data.platform,
        procurementId: event.data.procurementId,
        contractId: event.data.contractId,
        modificationId: event.data.modificationId,
        engagementEventId: event.data.engagementEventId,
      });
      return;
  }
};
