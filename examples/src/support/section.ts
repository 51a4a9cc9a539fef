/**
 * A heading over a block of output. Blocks are joined by blank lines, so a body's final line break
 * (every table ends in one) is dropped here.
 */
export const section = (title: string, body: string): string =>
  `${title}\n${'='.repeat(title.length)}\n${body.replace(/\n$/, '')}`;
