import * as t from 'io-ts';
import { decodeWith } from './validation';

const Lot = t.type({ name: t.string, annualBudgetPence: t.Int });
const Launch = t.type({ type: t.literal('LaunchProcurement'), data: t.type({ lots: t.array(Lot) }) });
const Cancel = t.type({ type: t.literal('CancelProcurement'), data: t.type({ reason: t.string }) });
const Command = t.union([Launch, Cancel]);

describe('decoding untrusted input', () => {
  it('names the nested field that is wrong and what was given', () => {
    const result = decodeWith(
      Command,
      'command',
    )({
      type: 'LaunchProcurement',
      data: {
        lots: [
          { name: 'Lot 1', annualBudgetPence: 1 },
          { name: 'Lot 2', annualBudgetPence: 1.5 },
        ],
      },
    });
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { code: 'InvalidInput', path: ['data', 'lots', '1', 'annualBudgetPence'] },
    });
    expect(result._tag === 'Left' && result.left.message).toBe(
      'command: data.lots.1.annualBudgetPence must be Int, got 1.5',
    );
  });

  it('reports the errors of the branch whose type matched, not of every branch', () => {
    const result = decodeWith(Command, 'command')({ type: 'CancelProcurement', data: {} });
    expect(result).toMatchObject({ left: { path: ['data', 'reason'] } });
  });

  it('lists the accepted types when the type matches none', () => {
    const result = decodeWith(Command, 'command')({ type: 'Procure', data: {} });
    expect(result).toMatchObject({ left: { path: ['type'] } });
    expect(result._tag === 'Left' && result.left.message).toContain('LaunchProcurement, CancelProcurement');
  });

  it('says when a required value is missing', () => {
    const result = decodeWith(Lot, 'lot')({ name: 'Lot 1' });
    expect(result._tag === 'Left' && result.left.message).toBe(
      'lot: annualBudgetPence must be Int, got nothing',
    );
  });
});
