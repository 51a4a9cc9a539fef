import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'fs';
import { join } from 'path';

type Json = Record<string, unknown>;

const schemaDir = join(__dirname, '..', 'ocds', 'schema');
const load = (file: string): Json => JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as Json;

/** JSON Merge Patch (RFC 7386): how an OCDS extension's release-schema.json applies over the core schema. */
export const mergePatch = (target: unknown, patch: unknown): unknown => {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const result: Json =
    target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Json) } : {};
  for (const [key, value] of Object.entries(patch as Json)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
};

// The UK patch also patches definitions of extensions not vendored here (lots), which then lack a type.
const ajv = (strictTypes = true): Ajv04 => {
  const instance = new Ajv04({ allErrors: true, allowUnionTypes: true, strictTypes });
  addFormats(instance);
  // OCDS metadata keywords, which carry no validation.
  instance.addVocabulary([
    'codelist',
    'openCodelist',
    'omitWhenMerged',
    'wholeListMerge',
    'deprecated',
    'versionId',
  ]);
  return instance;
};

const core = load('release-schema.json');
const coreAjv = ajv();
coreAjv.addSchema(core);
const validateCoreRelease = coreAjv.getSchema(core['id'] as string)!;
const validateCorePackage = coreAjv.compile(load('release-package-schema.json'));

const ukSchema = mergePatch(core, load('uk-extension-release-schema.json')) as Json;
ukSchema['id'] = 'https://example.invalid/uk-merged-release-schema.json';
const validateUkRelease = ajv(false).compile(ukSchema);

export interface SchemaProblem {
  readonly against: 'core package' | 'core release' | 'UK extension';
  readonly releaseId: string | null;
  readonly errors: string;
}

const describe = (errors: { instancePath: string; message?: string }[] | null | undefined): string =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');

/**
 * Every problem with a release package: against the OCDS 1.1.5 package schema, each release against
 * the release schema, and each release against the release schema with the UK extension merged over it.
 */
export const ocdsSchemaProblems = (pkg: unknown): SchemaProblem[] => {
  const problems: SchemaProblem[] = [];
  if (!validateCorePackage(pkg))
    problems.push({ against: 'core package', releaseId: null, errors: describe(validateCorePackage.errors) });
  const releases = ((pkg as Json)['releases'] as Json[] | undefined) ?? [];
  for (const release of releases) {
    const id = typeof release['id'] === 'string' ? release['id'] : null;
    if (!validateCoreRelease(release))
      problems.push({ against: 'core release', releaseId: id, errors: describe(validateCoreRelease.errors) });
    if (!validateUkRelease(release))
      problems.push({ against: 'UK extension', releaseId: id, errors: describe(validateUkRelease.errors) });
  }
  return problems;
};

/**
 * What the schema cannot check: every `contracts[].awardID` names an award of the same release, every
 * party a release refers to (buyer, suppliers, performance failure suppliers) is in its `parties`,
 * and release ids are unique within each ocid.
 */
export const ocdsReferenceProblems = (pkg: unknown): string[] => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const release of ((pkg as Json)['releases'] as Json[] | undefined) ?? []) {
    const id = String(release['id']);
    const key = `${String(release['ocid'])} ${id}`;
    if (seen.has(key)) problems.push(`${id}: release id repeated in its ocid`);
    seen.add(key);
    const parties = new Set(((release['parties'] as Json[] | undefined) ?? []).map((p) => p['id']));
    const awards = new Set(((release['awards'] as Json[] | undefined) ?? []).map((a) => a['id']));
    const refer = (ref: unknown, where: string) => {
      const partyId = (ref as Json | undefined)?.['id'];
      if (!parties.has(partyId))
        problems.push(`${id}: ${where} names party ${String(partyId)}, not in parties`);
    };
    if (release['buyer'] !== undefined) refer(release['buyer'], 'buyer');
    for (const award of (release['awards'] as Json[] | undefined) ?? [])
      for (const s of (award['suppliers'] as Json[] | undefined) ?? [])
        refer(s, `award ${String(award['id'])}`);
    for (const contract of (release['contracts'] as Json[] | undefined) ?? []) {
      if (!awards.has(contract['awardID']))
        problems.push(
          `${id}: contract ${String(contract['id'])} names award ${String(contract['awardID'])}, not in awards`,
        );
      const implementation = contract['implementation'] as Json | undefined;
      for (const failure of (implementation?.['performanceFailures'] as Json[] | undefined) ?? [])
        for (const s of (failure['suppliers'] as Json[] | undefined) ?? []) refer(s, 'performance failure');
    }
  }
  return problems;
};
