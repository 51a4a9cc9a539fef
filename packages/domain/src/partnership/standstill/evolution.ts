import { mapIdRecord, withIds } from '../../shared/idRecord';
import { Evolution, withProcurement } from '../phase/evolution';

export const standstillEvolution: Evolution<'StandstillNoticeIssued' | 'StandstillEnded'> = {
  StandstillNoticeIssued: (state, { data }) => {
    const standstill = {
      noticeDate: data.noticeDate,
      mandatory: data.mandatory,
      voluntary: data.voluntary,
      lastDay: data.lastDay,
      earliestSigningDate: data.earliestSigningDate,
      endedOn: null,
    };
    return withProcurement(state, data.procurementId, (p) => ({
      ...p,
      standstills: withIds(
        p.standstills,
        data.lotIds.map((lotId) => [lotId, standstill]),
      ),
    }));
  },
  StandstillEnded: (state, { data }) =>
    withProcurement(state, data.procurementId, (p) => ({
      ...p,
      standstills: mapIdRecord(p.standstills, (s) =>
        s.endedOn === null ? { ...s, endedOn: data.endedOn } : s,
      ),
    })),
};
