import { Evolution } from '../phase/evolution';

export const noticeEvolution: Evolution<'NoticePublished'> = {
  // Nothing a later decision depends on: the notice is kept for the publications that cite it.
  NoticePublished: (state) => state,
};
