import { readFile } from 'node:fs/promises';
import { SupplierDetails } from '@council-partnerships/projections';
import { CliIo } from '../io';

type Problem = { code: 'InvalidInput'; message: string };

const FIELDS = new Map<string, 'string' | 'boolean'>([
  ['companyNumber', 'string'],
  ['charityNumber', 'string'],
  ['sme', 'boolean'],
  ['vcse', 'boolean'],
]);

/**
 * Reads the `--suppliers` file: a JSON object of supplier id to `{ companyNumber, charityNumber, sme,
 * vcse }`, every field optional. Anything else in it is refused by name, so that a typo is not
 * silently ignored. The result has no prototype, so no supplier id can reach an inherited property.
 */
export const readSupplierFile = async (
  io: CliIo,
  path: string,
): Promise<{ ok: Record<string, SupplierDetails> } | { problem: Problem }> => {
  const refuse = (message: string) => ({ problem: { code: 'InvalidInput' as const, message } });
  let parsed: unknown;
  try {
    parsed = JSON.parse(await (io.readFile ?? ((p: string) => readFile(p, 'utf8')))(path));
  } catch (error) {
    return refuse(
      `--suppliers ${path} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return refuse(`--suppliers ${path} must hold a JSON object of supplier id to details`);
  const suppliers = Object.create(null) as Record<string, SupplierDetails>;
  for (const [id, details] of Object.entries(parsed as Record<string, unknown>)) {
    if (details === null || typeof details !== 'object' || Array.isArray(details))
      return refuse(`--suppliers ${path}: supplier ${id} must be an object`);
    for (const [field, value] of Object.entries(details as Record<string, unknown>)) {
      const kind = FIELDS.get(field);
      if (kind === undefined)
        return refuse(
          `--suppliers ${path}: supplier ${id} has unknown field ${field} (known: ${[...FIELDS.keys()].join(', ')})`,
        );
      if (typeof value !== kind)
        return refuse(`--suppliers ${path}: supplier ${id} field ${field} must be a ${kind}`);
    }
    suppliers[id] = details;
  }
  return { ok: suppliers };
};
