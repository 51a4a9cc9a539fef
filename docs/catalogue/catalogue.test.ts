import { readFileSync } from 'node:fs';
import { PARTNERSHIP_COMMAND_TYPES, partnershipEvents } from '@council-partnerships/domain';
import { CATALOGUE_FILES, commandCatalogue, eventCatalogue } from './generate';

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
});
