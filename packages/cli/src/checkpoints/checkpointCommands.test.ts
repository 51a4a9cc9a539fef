import * as crypto from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryEventStore } from '@council-partnerships/adapters';
import { sampleEvents } from '@council-partnerships/testing';
import { run, storeWith } from '../testing/cli';

const ORIGIN = 'council.example/partnerships';
let dir: string;
const file = (name: string) => join(dir, name);
const writeKeys = (name: string) => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  writeFileSync(file(`${name}.pem`), privateKey.export({ format: 'pem', type: 'pkcs8' }));
  writeFileSync(file(`${name}.pub`), publicKey.export({ format: 'pem', type: 'spki' }));
};

let store: InMemoryEventStore;

/** A store the commands open as `--store memory:<name>`. */
interface NamedStore {
  readonly name: string;
  readonly store: InMemoryEventStore;
}
const council = (): NamedStore => ({ name: 'council', store });
const on = (named: NamedStore, argv: readonly string[]) =>
  run([...argv, '--store', `memory:${named.name}`], { [named.name]: named.store });

const sign = (
  named: NamedStore,
  { key = 'log.pem', origin = ORIGIN, leaves }: { key?: string; origin?: string; leaves?: string } = {},
) =>
  on(named, [
    'checkpoint',
    '--key',
    file(key),
    '--origin',
    origin,
    ...(leaves === undefined ? [] : ['--leaves', file(leaves)]),
  ]);
const verifyAgainst = (checkpointFile: string, ...more: string[]) =>
  on(council(), ['verify', '--checkpoint', file(checkpointFile), ...more]);
const prove = (eventId: string, ...more: string[]) =>
  on(council(), ['prove', '--event', eventId, '--checkpoint', file('cp1'), ...more]);
const verifyProof = (proofFile: string) =>
  run(['verify-proof', file(proofFile), '--public-key', file('log.pub')]);
const verifyCheckpoints = (named: NamedStore) =>
  on(named, ['verify-checkpoints', file('cp1'), file('cp2'), '--public-key', file('log.pub')]);
const witness = (named: NamedStore) =>
  on(named, [
    'witness',
    '--checkpoint',
    file('cp2'),
    '--previous',
    file('cp1'),
    '--key',
    file('witness.pem'),
    '--name',
    'audit.example/witness',
    '--public-key',
    file('log.pub'),
  ]);

const checkpoint = async (name: string) => {
  const ran = await sign(council(), { leaves: `${name}.leaves` });
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  writeFileSync(file(name), ran.stdout);
  return ran.stdout;
};
const append = async (streamId: string, count: number) => {
  const appended = await store.appendToStream(streamId, sampleEvents(count), { expectedVersion: 'any' });
  if (appended._tag === 'Left') throw new Error(appended.left.message);
  return appended.right.events;
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'partnerships-checkpoint-'));
  writeKeys('log');
  writeKeys('witness');
  writeKeys('stranger');
  store = await storeWith({
    'partnership-stockton': sampleEvents(4),
    'partnership-leicestershire': sampleEvents(3),
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('partnerships checkpoint', () => {
  it('given a store, then it prints a C2SP checkpoint of its 7 events signed with the log key', async () => {
    const note = await checkpoint('cp1');
    expect(note).toMatch(
      /^council\.example\/partnerships\n7\n[A-Za-z0-9+/]{43}=\n\n\u2014 council\.example\/partnerships \S+\n$/,
    );
    expect(readFileSync(file('cp1.leaves')).length).toBe(7 * 32);
  });

  it.each([
    ['an origin with a space', { origin: 'council example' }],
    ['a key that is not PEM', { key: 'log.pub' }],
  ])('given %s, then one line on stderr and exit 2', async (_name, options) => {
    const ran = await sign(council(), options);
    expect(ran.code).toBe(2);
    expect(ran.stderr.split('\n')).toHaveLength(2);
    expect(ran.stderr).toMatch(/^partnerships: InvalidInput: /);
  });
});

describe('partnerships verify --checkpoint', () => {
  it('given events appended after the checkpoint, then the log is consistent and they are reported as not yet covered', async () => {
    await checkpoint('cp1');
    await append('partnership-stockton', 2);
    const ran = await verifyAgainst('cp1', '--public-key', file('log.pub'));
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(
      /Checkpoint: consistent; the first 7 events are exactly those the checkpoint of council\.example\/partnerships signed; 2 later events are not yet covered by a checkpoint\./,
    );
  });

  it('given the checkpoint signed by another key, then it is refused with exit 1', async () => {
    await checkpoint('cp1');
    const ran = await verifyAgainst('cp1', '--public-key', file('stranger.pub'));
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(
      /^partnerships: CheckpointRefused: checkpoint .*cp1: the checkpoint for council\.example\/partnerships carries no signature by the given public key/,
    );
  });

  it('given --checkpoint without --public-key, then one line on stderr and exit 2', async () => {
    await checkpoint('cp1');
    const ran = await verifyAgainst('cp1');
    expect(ran).toMatchObject({ code: 2, stdout: '' });
    expect(ran.stderr).toMatch(/^partnerships: InvalidInput: --checkpoint needs --public-key <file>/);
  });

  it("given a leaves file that is not the checkpoint's, then it is refused with exit 2", async () => {
    await checkpoint('cp1');
    writeFileSync(file('other.leaves'), crypto.randomBytes(7 * 32));
    const ran = await verifyAgainst('cp1', '--public-key', file('log.pub'), '--leaves', file('other.leaves'));
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/leaves file .* does not give the checkpoint's root hash/);
  });
});

describe('partnerships prove and verify-proof', () => {
  it('given an event the checkpoint covers, then its proof verifies with the public key alone', async () => {
    const [, second] = await append('partnership-southtees', 2);
    await checkpoint('cp1');
    const proved = await prove(second!.eventId, '--public-key', file('log.pub'));
    expect(proved.code).toBe(0);
    writeFileSync(file('proof.json'), proved.stdout);
    const ran = await verifyProof('proof.json');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe(
      `Proven: event ${second!.eventId} (${second!.type}, stream partnership-southtees version 2, global position ${second!.globalPosition}) is entry 8 of the 9 events the checkpoint of ${ORIGIN} signed.\n`,
    );
  });

  it('given an event after the checkpoint, then prove says it is not yet covered, exit 2', async () => {
    await checkpoint('cp1');
    const [late] = await append('partnership-stockton', 1);
    const ran = await prove(late!.eventId);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/not yet covered by a checkpoint/);
  });

  const alterations: [string, (proof: Record<string, unknown>) => void][] = [
    [
      'the event data',
      (p) =>
        ((p['event'] as Record<string, string>)['envelope'] = (
          (p['event'] as Record<string, string>)['envelope'] ?? ''
        ).replace('"amountPence":1234', '"amountPence":1235')),
    ],
    [
      'the event hash and data together',
      (p) => {
        const event = p['event'] as Record<string, string>;
        event['envelope'] = (event['envelope'] ?? '').replace('"amountPence":1234', '"amountPence":1235');
        event['hash'] = crypto.createHash('sha256').update(event['envelope']).digest('hex');
      },
    ],
    ['the global position', (p) => ((p['event'] as Record<string, number>)['globalPosition'] = 99)],
    ['the leaf index', (p) => (p['leafIndex'] = 1)],
    [
      'a hash of the audit path',
      (p) => ((p['auditPath'] as string[])[0] = crypto.createHash('sha256').update('x').digest('base64')),
    ],
    ['the checkpoint size', (p) => (p['checkpoint'] = String(p['checkpoint']).replace('\n7\n', '\n6\n'))],
    [
      'the checkpoint root',
      (p) =>
        (p['checkpoint'] = String(p['checkpoint']).replace(
          /\n[A-Za-z0-9+/]{43}=\n/,
          `\n${crypto.createHash('sha256').update('y').digest('base64')}\n`,
        )),
    ],
    [
      'the checkpoint origin',
      (p) => (p['checkpoint'] = String(p['checkpoint']).replace(/^council\.example/, 'county.example')),
    ],
    [
      'the checkpoint signature',
      (p) =>
        (p['checkpoint'] = String(p['checkpoint'])
          .replace(/ (\S{20})\S/, ' $1A')
          .replace(/ (\S{20})AA/, ' $1BA')),
    ],
  ];
  it.each(alterations)(
    'given a proof with %s altered, then verify-proof refuses it with exit 1',
    async (_name, alter) => {
      await checkpoint('cp1');
      const events = await store.readStream('partnership-stockton');
      if (events._tag === 'Left') throw new Error(events.left.message);
      const proved = await prove(events.right[2]!.eventId);
      const proof = JSON.parse(proved.stdout) as Record<string, unknown>;
      alter(proof);
      writeFileSync(file('altered.json'), JSON.stringify(proof));
      const ran = await verifyProof('altered.json');
      expect(ran.stdout).toBe('');
      expect(ran.stderr).toMatch(/^partnerships: CheckpointRefused: /);
      expect(ran.code).toBe(1);
    },
  );

  it('given a file that is not a proof, then one line on stderr and exit 2', async () => {
    writeFileSync(file('junk.json'), '{"format":"something else"}');
    const ran = await verifyProof('junk.json');
    expect(ran.code).toBe(2);
    expect(ran.stderr.split('\n')).toHaveLength(2);
  });
});

describe('partnerships verify-checkpoints and witness', () => {
  it('given a later checkpoint of the grown log, then it is consistent with the earlier one, and a witness cosigns it', async () => {
    await checkpoint('cp1');
    await append('partnership-stockton', 3);
    await checkpoint('cp2');
    const consistent = await verifyCheckpoints(council());
    expect(consistent.code).toBe(0);
    expect(consistent.stdout).toMatch(
      /^Consistent: the 7 events of .*cp1 are the first 7 of the 10 of .*cp2/,
    );
    const witnessed = await witness(council());
    expect(witnessed.code).toBe(0);
    const lines = witnessed.stdout.split('\n');
    expect(lines[4]).toMatch(/^\u2014 council\.example\/partnerships /);
    expect(lines[5]).toMatch(/^\u2014 audit\.example\/witness [A-Za-z0-9+/]{102}==$/);
    // The cosigned note is still a checkpoint of the log.
    writeFileSync(file('cp2.cosigned'), witnessed.stdout);
    const verified = await verifyAgainst('cp2.cosigned', '--public-key', file('log.pub'));
    expect(verified.code).toBe(0);
  });

  it('given the log rewritten between two checkpoints, then they are inconsistent and the witness refuses to cosign', async () => {
    await checkpoint('cp1');
    store.tamperWithRow('partnership-stockton', 2, (json) =>
      json.replace('"amountPence":1234', '"amountPence":1'),
    );
    await append('partnership-stockton', 1);
    // A log that signs whatever the table holds now: the earlier checkpoint is the witness's protection.
    const forged = await sign(council());
    expect(forged.code).toBe(1);
    const rewritten = await storeWith({
      'partnership-stockton': sampleEvents(5),
      'partnership-leicestershire': sampleEvents(3),
    });
    const other = { name: 'other', store: rewritten };
    writeFileSync(file('cp2'), (await sign(other)).stdout);
    const consistent = await verifyCheckpoints(other);
    expect(consistent.code).toBe(1);
    expect(consistent.stdout).toMatch(/^INCONSISTENT: /);
    const witnessed = await witness(other);
    expect(witnessed.code).toBe(1);
    expect(witnessed.stdout).toBe('');
    expect(witnessed.stderr).toMatch(
      /^partnerships: Inconsistent: not cosigning: .*cp2 does not extend .*cp1/,
    );
  });
});
