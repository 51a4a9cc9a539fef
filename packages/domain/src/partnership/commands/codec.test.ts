import { decodeWith } from '../../shared/validation';
import { actors, command } from '@council-partnerships/testing';
import { conceive, launch } from '../testing/fixtures';
import { PARTNERSHIP_COMMAND_TYPES, PartnershipCommandCodec, partnershipStreamIdOf } from './index';

const validate = decodeWith(PartnershipCommandCodec, 'command');

describe('partnership commands at the boundary', () => {
  it('accepts every well-formed command and names its stream', () => {
    const decoded = validate(JSON.parse(JSON.stringify(launch())));
    expect(decoded._tag).toBe('Right');
    expect(partnershipStreamIdOf(conceive())).toBe('partnership-spec-partnership');
  });

  it('refuses a malformed command, naming the field', () => {
    const bad = JSON.parse(JSON.stringify(launch())) as { data: Record<string, unknown> };
    bad.data.estimatedTotalValuePence = 12.5;
    const decoded = validate(bad);
    expect(decoded._tag).toBe('Left');
    if (decoded._tag === 'Left') expect(decoded.left.path).toEqual(['data', 'estimatedTotalValuePence']);
    const badDate = validate({
      ...command(
        'EndStandstill',
        { partnershipId: 'p', procurementId: 'x', endedOn: '2025-02-30' },
        actors.procurement,
      ),
    });
    expect(badDate._tag === 'Left' && badDate.left.path).toEqual(['data', 'endedOn']);
  });

  it('lists every command type once', () => {
    expect(new Set(PARTNERSHIP_COMMAND_TYPES).size).toBe(PARTNERSHIP_COMMAND_TYPES.length);
    expect(PARTNERSHIP_COMMAND_TYPES).toHaveLength(50);
  });
});
