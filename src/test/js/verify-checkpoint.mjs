// An independent verifier of a Mamori checkpoint and inclusion proof, written from the texts of
// c2sp.org/signed-note, c2sp.org/tlog-checkpoint and RFC 9162 section 2.1.3.2 with Node's own crypto
// only: it shares no code with Mamori. Usage:
//   node verify-checkpoint.mjs <vkey> <checkpoint-note-file> <inclusion-proof-json-file>
// Prints "ok <size>" and exits 0 when the Ed25519 signature, the key ID and the proof all hold.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

const sha256 = (...parts) => { const h = createHash('sha256'); parts.forEach(p => h.update(p)); return h.digest(); };
const fail = (why) => { console.log('FAIL ' + why); process.exit(1); };

const [vkey, notePath, proofPath] = process.argv.slice(2);

// vkey = <name>+<hex key ID>+<base64(0x01 || 32-byte Ed25519 public key)>
// (the name holds no '+', the key ID is 8 hex digits, and the base64 key may itself contain '+')
const first = vkey.indexOf('+');
const name = vkey.substring(0, first);
const hexId = vkey.substring(first + 1, first + 9);
if (vkey.charAt(first + 9) !== '+') fail('malformed verifier key');
const keyB64 = vkey.substring(first + 10);
const typeAndKey = Buffer.from(keyB64, 'base64');
if (typeAndKey[0] !== 0x01 || typeAndKey.length !== 33) fail('not an Ed25519 verifier key');
const keyId = sha256(Buffer.from(name, 'utf8'), Buffer.from([0x0a]), typeAndKey).subarray(0, 4);
if (keyId.toString('hex') !== hexId) fail('the key ID does not match the key');
const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), typeAndKey.subarray(1)]);
const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });

// note = text ending in "\n", a blank line, then signature lines "— <name> <base64(key ID || sig)>\n"
const note = readFileSync(notePath, 'utf8');
const split = note.lastIndexOf('\n\n');
const text = note.substring(0, split + 1);
const signatures = note.substring(split + 2).split('\n').filter(l => l.length > 0);
let signed = false;
for (const line of signatures) {
  const m = /^\u2014 (\S+) (\S+)$/.exec(line);
  if (!m) fail('malformed signature line');
  const sig = Buffer.from(m[2], 'base64');
  if (m[1] === name && sig.subarray(0, 4).equals(keyId)) {
    if (!verify(null, Buffer.from(text, 'utf8'), publicKey, sig.subarray(4))) fail('bad Ed25519 signature');
    signed = true;
  }
}
if (!signed) fail('no signature by the given key');

// checkpoint body = origin \n size \n base64(root) \n
const [origin, sizeText, rootB64] = text.split('\n');
if (origin !== name) fail('origin and key name differ');
const size = BigInt(sizeText);
const root = Buffer.from(rootB64, 'base64');

// RFC 9162 2.1.3.2: verifying an inclusion proof
const p = JSON.parse(readFileSync(proofPath, 'utf8'));
if (BigInt(p.treeSize) !== size) fail('the proof is for another tree size');
if (BigInt(p.leafIdx) >= size) fail('the leaf is not in the tree');
let fn = BigInt(p.leafIdx), sn = size - 1n;
let r = Buffer.from(p.leafHash, 'base64');
for (const b64 of p.proof) {
  const c = Buffer.from(b64, 'base64');
  if (sn === 0n) fail('proof too long');
  if ((fn & 1n) === 1n || fn === sn) {
    r = sha256(Buffer.from([1]), c, r);
    if ((fn & 1n) === 0n) { while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; } }
  } else {
    r = sha256(Buffer.from([1]), r, c);
  }
  fn >>= 1n; sn >>= 1n;
}
if (sn !== 0n) fail('proof too short');
if (!r.equals(root)) fail('the proof does not lead to the signed root');
console.log('ok ' + size);
