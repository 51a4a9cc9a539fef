const crypto = require('node:crypto');
const fs = require('node:fs');
const proof = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const key = crypto.createPublicKey(fs.readFileSync(process.argv[3]));
const sha256 = (...parts) => crypto.createHash('sha256').update(Buffer.concat(parts)).digest();

// 1. The log's signature: Ed25519 over the checkpoint text, under the key id c2sp.org/signed-note gives.
const [text, signatureLines] = proof.checkpoint.split('\n\n');
const [origin, size, root] = text.split('\n');
const rawKey = Buffer.from(key.export({ format: 'jwk' }).x, 'base64url');
const keyId = sha256(Buffer.from(`${origin}\n`), Buffer.from([1]), rawKey).subarray(0, 4);
const signed = signatureLines.split('\n').some((line) => {
  const [, name, signature = ''] = line.split(' ');
  const bytes = Buffer.from(signature, 'base64');
  const message = Buffer.from(`${text}\n`);
  return (
    name === origin &&
    bytes.subarray(0, 4).equals(keyId) &&
    crypto.verify(null, message, key, bytes.subarray(4))
  );
});

// 2. The event's content gives its hash.
const hash = crypto.createHash('sha256').update(proof.event.envelope).digest('hex');

// 3. Its leaf (8-byte big-endian position, then the hash) leads up the audit path to the signed root.
const position = Buffer.alloc(8);
position.writeBigUInt64BE(BigInt(proof.event.globalPosition));
let node = sha256(Buffer.from([0]), position, Buffer.from(hash, 'hex'));
let fn = proof.leafIndex;
let sn = Number(size) - 1;
for (const sibling of proof.auditPath.map((p) => Buffer.from(p, 'base64'))) {
  if (sn === 0) sn = -1; // a path longer than the tree: the proof fails
  if (fn % 2 === 1 || fn === sn) {
    node = sha256(Buffer.from([1]), sibling, node);
    while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
  } else node = sha256(Buffer.from([1]), node, sibling);
  [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
}

const proven = signed && hash === proof.event.hash && sn === 0 && node.toString('base64') === root;
const { eventId, type } = JSON.parse(proof.event.envelope);
console.log(
  proven ? `proven: ${type} ${eventId} is entry ${proof.leafIndex} of ${size} in ${origin}` : 'NOT PROVEN',
);
process.exitCode = proven ? 0 : 1;
