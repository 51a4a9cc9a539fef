import * as crypto from 'node:crypto';
import { openCheckpoint, signCheckpoint, TreeHead } from './checkpoint';
import { cosignCheckpoint, verifyCosignature } from './cosignature';
import { keyIdOf, parseSignedNote, SIGNATURE_TYPE } from './signedNote';
import { rawPublicKey } from './keys';

const logKey = crypto.generateKeyPairSync('ed25519');
const otherKey = crypto.generateKeyPairSync('ed25519');
const head: TreeHead = {
  origin: 'council.example/partnerships',
  size: 20852163,
  rootHash: Buffer.from('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=', 'base64'),
};
const signed = (): string => {
  const note = signCheckpoint(head, logKey.privateKey);
  if (note._tag === 'Left') throw new Error(note.left.message);
  return note.right;
};
const refusal = (note: string, key = logKey.publicKey) => {
  const opened = openCheckpoint(note, key);
  return opened._tag === 'Left' ? opened.left.code : 'accepted';
};

describe('checkpoints as C2SP signed notes', () => {
  it('given a tree head, when signed, then the note is origin, size, base64 root, a blank line and one signature line', () => {
    const note = signed();
    const lines = note.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      head.origin,
      '20852163',
      'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=',
      '',
    ]);
    expect(lines[4]).toMatch(/^\u2014 council\.example\/partnerships [A-Za-z0-9+/]{91}=$/);
    expect(lines[5]).toBe('');
  });

  it('given a signature, then it is the key id of the spec followed by an Ed25519 signature over the note text', () => {
    const note = parseSignedNote(signed());
    if (note._tag === 'Left') throw new Error(note.left.message);
    const [signature] = note.right.signatures;
    const expectedId = crypto
      .createHash('sha256')
      .update(
        Buffer.concat([Buffer.from(head.origin), Buffer.from([0x0a, 0x01]), rawPublicKey(logKey.publicKey)]),
      )
      .digest()
      .subarray(0, 4);
    expect(signature?.keyId.equals(expectedId)).toBe(true);
    expect(
      keyIdOf(head.origin, SIGNATURE_TYPE.ed25519, rawPublicKey(logKey.privateKey)).equals(expectedId),
    ).toBe(true);
    expect(crypto.verify(null, Buffer.from(note.right.text), logKey.publicKey, signature!.signature)).toBe(
      true,
    );
  });

  it('given the signed checkpoint and the log key, then it opens with its origin, size and root', () => {
    const opened = openCheckpoint(signed(), logKey.publicKey);
    expect(opened._tag).toBe('Right');
    if (opened._tag === 'Right') {
      expect(opened.right.size).toBe(head.size);
      expect(opened.right.rootHash.equals(head.rootHash)).toBe(true);
    }
  });

  it.each([
    ['a changed size', (n: string) => n.replace('\n20852163\n', '\n20852164\n')],
    ['a changed root', (n: string) => n.replace('CsUYap', 'DsUYap')],
    ['a changed origin', (n: string) => n.replace(/^council\.example/, 'council.exampla')],
    ['a changed origin and key name', (n: string) => n.replaceAll('council.example', 'council.exampla')],
    [
      'a changed signature',
      (n: string) =>
        n.replace(
          / ([A-Za-z0-9+/]{10})([A-Za-z0-9+/])/,
          (_m, a: string, b: string) => ` ${a}${b === 'A' ? 'B' : 'A'}`,
        ),
    ],
  ])('given %s, then the checkpoint is refused', (_name, alter) => {
    expect(refusal(alter(signed()))).toBe('CheckpointRefused');
  });

  it('given another public key, then the checkpoint is refused', () => {
    expect(refusal(signed(), otherKey.publicKey)).toBe('CheckpointRefused');
  });

  it.each([
    ['no signature lines', (n: string) => n.split('\n\n')[0]! + '\n'],
    ['a tab in the text', (n: string) => n.replace('\n20852163', '\t20852163')],
    ['a size with a leading zero', (n: string) => n.replace('\n20852163\n', '\n020852163\n')],
    [
      'a root that is not 32 bytes',
      (n: string) => n.replace('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=', 'AAAA'),
    ],
  ])('given %s, then the note is not a checkpoint (InvalidInput)', (_name, alter) => {
    expect(refusal(alter(signed()))).toBe('InvalidInput');
  });

  it.each(['', 'has space', 'plus+sign', 'tab\there', 'nbsp\u00a0here'])(
    'given the origin %j, then signing is refused',
    (origin) => {
      expect(signCheckpoint({ ...head, origin }, logKey.privateKey)._tag).toBe('Left');
    },
  );

  it('given a witness cosignature, then it verifies with the witness key, carries its time, and the log signature still opens', () => {
    const opened = openCheckpoint(signed(), logKey.publicKey);
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    const cosigned = cosignCheckpoint(
      opened.right,
      'audit.example/witness',
      otherKey.privateKey,
      1_700_000_000,
    );
    if (cosigned._tag === 'Left') throw new Error(cosigned.left.message);
    const reopened = openCheckpoint(cosigned.right, logKey.publicKey);
    if (reopened._tag === 'Left') throw new Error(reopened.left.message);
    const time = verifyCosignature(reopened.right, 'audit.example/witness', otherKey.publicKey);
    expect(time).toEqual({ _tag: 'Right', right: 1_700_000_000 });
    expect(verifyCosignature(reopened.right, 'audit.example/witness', logKey.publicKey)._tag).toBe('Left');
  });
});
