/**
 * FNV-1a over a text's UTF-16 code units, as an unsigned 32-bit number. Fast and spread enough to
 * tell command ids apart by a few bits; not a defence against anyone choosing ids to collide, so
 * whoever uses it checks a match another way or needs only an even spread.
 */
export const fnv1a32 = (text: string, basis = 0x811c9dc5): number => {
  let h = basis;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};
