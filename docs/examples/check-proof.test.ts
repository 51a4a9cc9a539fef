import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleEvents } from '@council-partnerships/testing';
import { run, storeWith } from '@council-partnerships/cli/testing/cli';

interface Proof {
  checkpoint: string;
  leafIndex: number;
  event: { globalPosition: number; envelope: string };
  auditPath: string[];
}

/** The audit README shows check-proof.js: an auditor checks a proof with nothing but node:crypto. */
describe("the audit README's node:crypto proof check", () => {
  let dir: string;
  let proof: Proof;
  const check = (proofFile: string, publicKey = 'log.pub') =>
    spawnSync(
      process.execPath,
      [join(__dirname, 'check-proof.js'), join(dir, proofFile), join(dir, publicKey)],
      { encoding: 'utf8' },
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'partnerships-snippet-'));
    for (const name of ['log', 'stranger']) {
      const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
      writeFileSync(join(dir, `${name}.pem`), privateKey.export({ format: 'pem', type: 'pkcs8' }));
      writeFileSync(join(dir, `${name}.pub`), publicKey.export({ format: 'pem', type: 'spki' }));
    }
    const store = await storeWith({ 'partnership-a': sampleEvents(6), 'partnership-b': sampleEvents(7) });
    const signed = await run(
      [
        'checkpoint',
        '--store',
        'memory:s',
        '--key',
        join(dir, 'log.pem'),
        '--origin',
        'council.example/partnerships',
      ],
      { s: store },
    );
    writeFileSync(join(dir, 'checkpoint.txt'), signed.stdout);
    const events = await store.readStream('partnership-b');
    if (events._tag === 'Left') throw new Error(events.left.message);
    const proved = await run(
      [
        'prove',
        '--store',
        'memory:s',
        '--event',
        events.right[3]!.eventId,
        '--checkpoint',
        join(dir, 'checkpoint.txt'),
      ],
      { s: store },
    );
    expect(proved.code).toBe(0);
    writeFileSync(join(dir, 'proof.json'), proved.stdout);
    proof = JSON.parse(proved.stdout) as Proof;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given a proof the command line wrote, then the snippet proves it and exits 0', () => {
    const ran = check('proof.json');
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toMatch(
      /^proven: SampleRecorded \S+ is entry 9 of 13 in council\.example\/partnerships\n$/,
    );
    expect(ran.status).toBe(0);
  });

  it.each([
    ['the event data', (p: Proof) => (p.event.envelope = p.event.envelope.replace('1234', '1235'))],
    ['the global position', (p: Proof) => (p.event.globalPosition += 1)],
    ['the leaf index', (p: Proof) => (p.leafIndex -= 1)],
    ['the audit path', (p: Proof) => p.auditPath.reverse()],
    ['the checkpoint root', (p: Proof) => (p.checkpoint = p.checkpoint.replace(/\n(\w)/, '\nX'))],
  ])('given %s altered, then the snippet says NOT PROVEN and exits 1', (_name, alter) => {
    const altered = JSON.parse(JSON.stringify(proof)) as Proof;
    alter(altered);
    writeFileSync(join(dir, 'altered.json'), JSON.stringify(altered));
    const ran = check('altered.json');
    expect(ran.stdout).toBe('NOT PROVEN\n');
    expect(ran.status).toBe(1);
  });

  it('given another public key, then the snippet says NOT PROVEN', () => {
    expect(check('proof.json', 'stranger.pub').stdout).toBe('NOT PROVEN\n');
  });
});
