/**
 * Reading numbers out of fixed-width text (dates, timestamps) character by character: the checks that
 * run on every date of every event read no match objects and make no slices.
 */

/** The digit at `i`, or -1 when the character there is not one (or the text ends before it). */
export const digitAt = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
};

/** The number written in `count` ASCII digits from `at`, or -1 when any of them is not a digit. */
export const digitsAt = (text: string, at: number, count: number): number => {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = digitAt(text, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
};
