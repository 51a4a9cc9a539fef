import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { Pence } from './codecs';

// Sign, optional pound sign, whole pounds (plain or grouped in threes by commas), optional 1-2 pence digits.
const AMOUNT = /^(-)?£?(-)?(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount of pounds as written by a person or a spreadsheet ('1234.56', '£1,234.56',
 * '-£20,000', '15074000') into exact pence, by string arithmetic (no floating point). Refuses
 * anything else: a third decimal place, misplaced commas, stray text, or an amount too large.
 */
export const poundsToPence = (text: string): Either<InvalidInput, Pence> => {
  if (typeof text !== 'string') return left(invalidInput('an amount of pounds must be text', []));
  const trimmed = text.trim();
  const match = AMOUNT.exec(trimmed);
  if (match === null || (match[1] !== undefined && match[2] !== undefined)) {
    return left(
      invalidInput(
        `'${text}' is not an amount of pounds: expected digits with an optional £, commas between thousands and up to two decimal places`,
        [],
      ),
    );
  }
  const negative = match[1] !== undefined || match[2] !== undefined;
  const pounds = (match[3] ?? '0').replace(/,/g, '');
  const pence = (match[4] ?? '').padEnd(2, '0');
  const magnitude = BigInt(pounds) * 100n + BigInt(pence);
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) {
    return left(invalidInput(`'${text}' is too large to hold exactly in pence`, []));
  }
  const value = Number(magnitude);
  return right(negative && value !== 0 ? -value : value);
};
