import { Either, left, right } from 'fp-ts/Either';
import { OcdsNotice, OcdsPartnership, OcdsState, ReleaseDraft } from './state';
import { startOfDay } from './values';

type Json = Record<string, unknown>;

/** The UK extension Find a Tender publishes with (its extension.json). */
export const UK_EXTENSION_URL =
  'https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json';

/** Find a Tender's registered ocid prefix: what a council publishing through the platform uses. */
export const FIND_A_TENDER_OCID_PREFIX = 'ocds-h6vhtk';

export interface OcdsReadOptions {
  /** The registered ocid prefix (`ocds-` and six characters). */
  readonly ocidPrefix: string;
  /** Only this partnership's releases. */
  readonly partnershipId?: string;
  /** Only releases dated on or after this business date (YYYY-MM-DD). */
  readonly since?: string;
  /** Only releases of events after this global log position: what an embedder has not yet published. */
  readonly afterPosition?: number;
}

export interface OcdsRelease extends Json {
  readonly ocid: string;
  readonly id: string;
  readonly date: string;
  readonly tag: readonly string[];
}

export interface OcdsReleases {
  readonly releases: readonly OcdsRelease[];
  /** Each fact a release should carry that the log does not hold, by name: "contract x: supplier y has no ...". */
  readonly missing: readonly string[];
  /** The highest global position read: the checkpoint to pass as `afterPosition` next time. */
  readonly lastPosition: number;
}

export interface OcdsProblem {
  readonly code: 'InvalidInput';
  readonly message: string;
  readonly path: readonly string[];
}

const DOCUMENT_TYPES = new Map([
  ['UK2', 'marketEngagementNotice'],
  ['UK4', 'tenderNotice'],
  ['PCR-contract-notice', 'tenderNotice'],
  ['UK6', 'awardNotice'],
  ['PCR-award-notice', 'awardNotice'],
  ['UK7', 'contractNotice'],
  ['UK9', 'implementationNotice'],
  ['UK10', 'contractNotice'],
  ['UK11', 'contractTerminationNotice'],
  ['UK12', 'tenderCancellationNotice'],
]);

const sameSubject = (n: OcdsNotice, d: ReleaseDraft): boolean =>
  n.noticeType === d.notice.noticeType &&
  n.procurementId === d.notice.procurementId &&
  n.contractId === d.notice.contractId &&
  n.modificationId === d.notice.modificationId &&
  n.engagementEventId === d.notice.engagementEventId;

/** Puts the notice's document (with the platform's reference, when recorded) where the notice type belongs. */
const withNoticeDocument = (
  sections: Json,
  draft: ReleaseDraft,
  notice: OcdsNotice | undefined,
  releaseId: string,
): Json => {
  const document: Json = {
    id: notice?.reference ?? `${releaseId}-notice`,
    documentType: DOCUMENT_TYPES.get(draft.notice.noticeType) ?? 'contractNotice',
    noticeType: draft.notice.noticeType,
    ...(notice === undefined ? {} : { datePublished: startOfDay(notice.publishedOn) }),
  };
  const copy = structuredClone(sections);
  const at = draft.documentAt;
  const attach = (target: unknown): void => {
    if (target !== null && typeof target === 'object') {
      const t = target as Json;
      t['documents'] = [...((t['documents'] as unknown[]) ?? []), document];
    }
  };
  if (at.section === 'planning' || at.section === 'tender') attach(copy[at.section]);
  else {
    const list = (at.section === 'awards' ? copy['awards'] : copy['contracts']) as Json[] | undefined;
    const entry = list?.find((x) => x['id'] === at.id);
    if (at.section === 'implementation') attach(entry?.['implementation']);
    else attach(entry);
  }
  return copy;
};

const validPrefix = (prefix: string): boolean => /^ocds-[a-z0-9]{6}$/.test(prefix);

/**
 * The releases of the folded state, oldest fact first (global log order), optionally one partnership's,
 * from a date, or after a checkpoint. Deterministic: the same log gives the same releases, byte for byte.
 */
export const ocdsReleases = (
  state: OcdsState,
  options: OcdsReadOptions,
): Either<OcdsProblem, OcdsReleases> => {
  if (!validPrefix(options.ocidPrefix)) {
    return left({
      code: 'InvalidInput',
      message: `ocid prefix ${JSON.stringify(options.ocidPrefix)} is not one the Open Contracting Partnership registers: 'ocds-' then six lower-case letters or digits (Find a Tender's is ${FIND_A_TENDER_OCID_PREFIX})`,
      path: ['ocidPrefix'],
    });
  }
  if (options.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.since)) {
    return left({
      code: 'InvalidInput',
      message: `--since ${options.since} is not a date (YYYY-MM-DD)`,
      path: ['since'],
    });
  }
  const partnerships: OcdsPartnership[] = [];
  for (const id of Object.keys(state.partnerships)) {
    if (options.partnershipId !== undefined && id !== options.partnershipId) continue;
    const p = state.partnerships[id];
    if (p !== undefined) partnerships.push(p);
  }
  const drafts: { p: OcdsPartnership; draft: ReleaseDraft; order: number }[] = [];
  let lastPosition = options.afterPosition ?? 0;
  for (const p of partnerships) {
    p.releases.forEach((draft, order) => {
      lastPosition = Math.max(lastPosition, draft.position);
      if (options.afterPosition !== undefined && draft.position <= options.afterPosition) return;
      if (options.since !== undefined && draft.date.slice(0, 10) < options.since) return;
      drafts.push({ p, draft, order });
    });
  }
  drafts.sort((a, b) => a.draft.position - b.draft.position || a.order - b.order);
  const missing: string[] = [];
  const releases = drafts.map(({ p, draft }) => {
    const ocid = `${options.ocidPrefix}-${draft.processKey}`;
    const id = `${ocid}-${draft.localId}`;
    const notice = p.notices.find((n) => sameSubject(n, draft));
    for (const m of draft.missing) missing.push(m);
    if (notice === undefined)
      missing.push(
        `release ${id}: no ${draft.notice.noticeType} notice reference recorded (RecordNoticePublication)`,
      );
    return {
      ocid,
      id,
      date: draft.date,
      tag: [...draft.tag],
      initiationType: 'tender',
      language: 'en',
      ...withNoticeDocument(draft.sections, draft, notice, id),
    };
  });
  return right({ releases, missing: [...new Set(missing)], lastPosition });
};

export interface OcdsPackageOptions extends OcdsReadOptions {
  /** Who publishes: the council's name (and a URI for it, if it has one). */
  readonly publisher: { readonly name: string; readonly uri?: string };
}

/**
 * One OCDS 1.1 release package holding the releases read with `options`. Its `publishedDate` is the
 * latest release's date (the package is made on demand), and its `uri` names what it holds, so the
 * same log and options give the same bytes. An empty selection is refused: a package holds at least one.
 */
export const ocdsReleasePackage = (
  state: OcdsState,
  options: OcdsPackageOptions,
): Either<OcdsProblem, { package: Json; missing: readonly string[] }> => {
  const read = ocdsReleases(state, options);
  if (read._tag === 'Left') return read;
  const { releases, missing } = read.right;
  if (releases.length === 0) {
    return left({
      code: 'InvalidInput',
      message:
        'no release to publish for this selection (a release package holds at least one): check --partnership and --since',
      path: [],
    });
  }
  const scope = [options.partnershipId ?? 'all', options.since ?? 'all'].map(encodeURIComponent).join(':');
  const publishedDate = releases.reduce(
    (a, r) => (Date.parse(r.date) > Date.parse(a) ? r.date : a),
    releases[0]!.date,
  );
  return right({
    package: {
      uri: `urn:ocds:${options.ocidPrefix}:${scope}`,
      version: '1.1',
      extensions: [UK_EXTENSION_URL],
      publishedDate,
      publisher: {
        name: options.publisher.name,
        ...(options.publisher.uri === undefined ? {} : { uri: options.publisher.uri }),
      },
      releases,
    },
    missing,
  });
};
