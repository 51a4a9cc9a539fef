import { readFileSync } from 'node:fs';
import {
  PARTNERSHIP_COMMAND_TYPES,
  partnershipCommands,
  partnershipEvents,
  vatBasisOf,
} from '@council-partnerships/domain';
import { AnyCodec, fieldsOf } from './fields';
import { CATALOGUE_FILES, commandCatalogue, eventCatalogue, isMoneyField } from './generate';

describe('the command and event catalogues', () => {
  const commands = commandCatalogue();
  const events = eventCatalogue();

  it('are committed as generated (run pnpm catalogue after changing a codec, the policy or a rule)', () => {
    expect(readFileSync(CATALOGUE_FILES.commands, 'utf8')).toBe(commands);
    expect(readFileSync(CATALOGUE_FILES.events, 'utf8')).toBe(events);
  });

  it('list every command with its roles, fields and refusals', () => {
    for (const type of PARTNERSHIP_COMMAND_TYPES) expect(commands).toContain(`\n## ${type}\n`);
    expect(commands.match(/\n## /g)).toHaveLength(PARTNERSHIP_COMMAND_TYPES.length);
    // A refusal found in the rules' source, with the words of its rule.
    expect(commands).toMatch(/## ConceivePartnership[\s\S]*`PartnershipAlreadyConceived`/);
    expect(commands).toMatch(
      /## SignServiceContract[\s\S]*`DatesOutOfOrder`[\s\S]*before the award decision/,
    );
  });

  it('list every event with its schema version and fields', () => {
    for (const definition of partnershipEvents)
      expect(events).toContain(`\n## ${definition.type}\n\nSchema version ${definition.schemaVersion}.`);
    expect(events).toContain('| `data.partnershipId` |');
  });

  it('state the VAT basis of every money field of every command and event', () => {
    const shapes = [
      ...partnershipCommands.map((c) => ({
        type: c.name,
        codec: (c as unknown as { props: { data: AnyCodec } }).props.data,
      })),
      ...partnershipEvents.map((e) => ({ type: e.type, codec: e.codec as unknown as AnyCodec })),
    ];
    const money = shapes.flatMap(({ type, codec }) =>
      fieldsOf(codec, 'data')
        .filter(isMoneyField)
        .map((f) => `${type} ${f.path}`),
    );
    expect(money.length).toBeGreaterThan(50);
    const unstated = money.filter((key) => {
      const [type, path] = key.split(' ') as [string, string];
      return vatBasisOf(type, path) === undefined;
    });
    expect(unstated).toEqual([]);
    expect(commands).toMatch(
      /`data\.estimatedTotalValuePence` \| .*including VAT unless `valuesIncludeVat` is false/,
    );
    expect(events).toMatch(/`data\.irrecoverableVatPence` \| .*the VAT itself/);
  });
});
