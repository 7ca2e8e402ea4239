// An independent verifier of a Mamori checkpoint and inclusion proof, written from the texts of
// c2sp.org/signed-note, c2sp.org/tlog-checkpoint, c2sp.org/tlog-cosignature and RFC 9162 sections
// 2.1.3.2 and 2.1.4.2 with Node's own crypto only: it shares no code with Mamori. Usage:
//   node verify-checkpoint.mjs <vkey> <checkpoint-note-file> <inclusion-proof-json-file | ->
//        [--witness <cosignature/v1 vkey>]... [--quorum K]
//        [--kept <note-file of the checkpoint verified before> --consistency <proof-json-file>]
// Prints "ok <size>" and exits 0 when the Ed25519 signature, the key ID and the proof all hold, at least
// K of the given witnesses cosigned this very checkpoint, and the checkpoint extends the kept one (the
// same tree, or a larger one with a consistency proof {size1, size2, proof} from it).
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

const sha256 = (...parts) => { const h = createHash('sha256'); parts.forEach(p => h.update(p)); return h.digest(); };
const fail = (why) => { console.log('FAIL ' + why); process.exit(1); };

const [vkey, notePath, proofPath, ...options] = process.argv.slice(2);
const witnessKeys = [];
let quorum = 0, keptPath = null, consistencyPath = null;
for (let i = 0; i < options.length; i += 2) {
  const [flag, value] = [options[i], options[i + 1]];
  if (value === undefined) fail('no value for ' + flag);
  if (flag === '--witness') witnessKeys.push(value);
  else if (flag === '--quorum') quorum = Number(value);
  else if (flag === '--kept') keptPath = value;
  else if (flag === '--consistency') consistencyPath = value;
  else fail('unknown option ' + flag);
}

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

// c2sp.org/tlog-cosignature: a cosignature/v1 line is "— <name> <base64(key ID || uint64 time ||
// Ed25519 signature)>", the key ID being SHA-256(name || 0x0A || 0x04 || key)[:4], and the signature is
// over "cosignature/v1\ntime <time>\n" followed by the checkpoint text. Each public key counts once,
// under whatever names it is listed (the name is not signed).
const cosigned = new Set();
for (const w of witnessKeys) {
  const at = w.indexOf('+');
  const wName = w.substring(0, at);
  const wTypeAndKey = Buffer.from(w.substring(at + 10), 'base64');
  if (w.charAt(at + 9) !== '+' || wTypeAndKey[0] !== 0x04 || wTypeAndKey.length !== 33) fail('not a cosignature/v1 key: ' + w);
  const wId = sha256(Buffer.from(wName, 'utf8'), Buffer.from([0x0a]), wTypeAndKey).subarray(0, 4);
  if (wId.toString('hex') !== w.substring(at + 1, at + 9)) fail('the key ID does not match the witness key ' + wName);
  const wKey = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), wTypeAndKey.subarray(1)]), format: 'der', type: 'spki' });
  for (const line of signatures) {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    const sig = Buffer.from(m[2], 'base64');
    if (m[1] !== wName || sig.length !== 76 || !sig.subarray(0, 4).equals(wId)) continue;
    const message = Buffer.concat([Buffer.from('cosignature/v1\ntime ' + sig.readBigUInt64BE(4) + '\n', 'utf8'), Buffer.from(text, 'utf8')]);
    if (verify(null, message, wKey, sig.subarray(12))) cosigned.add(wTypeAndKey.toString('hex'));
  }
}
if (cosigned.size < quorum) fail(`not enough witness cosignatures: ${cosigned.size} of ${quorum}`);

// RFC 9162 2.1.4.2: the checkpoint must extend the one verified before
if (keptPath) {
  const keptNote = readFileSync(keptPath, 'utf8');
  const [keptOrigin, keptSizeText, keptRootB64] = keptNote.substring(0, keptNote.indexOf('\n\n')).split('\n');
  if (keptOrigin !== origin) fail('the kept checkpoint is of another log');
  const size1 = BigInt(keptSizeText);
  const root1 = Buffer.from(keptRootB64, 'base64');
  if (size < size1) fail(`rollback: size ${size} is smaller than the kept ${size1}`);
  if (size === size1 && !root.equals(root1)) fail(`fork: size ${size} as kept, another root`);
  if (size > size1 && size1 > 0n) {
    if (!consistencyPath) fail('no consistency proof from the kept checkpoint');
    const c = JSON.parse(readFileSync(consistencyPath, 'utf8'));
    if (BigInt(c.size1) !== size1 || BigInt(c.size2) !== size) fail('the consistency proof is for other sizes');
    let path = c.proof.map(h => Buffer.from(h, 'base64'));
    if (path.length === 0) fail('empty consistency proof');
    if ((size1 & (size1 - 1n)) === 0n) path = [root1, ...path];
    let fn = size1 - 1n, sn = size - 1n;
    while ((fn & 1n) === 1n) { fn >>= 1n; sn >>= 1n; }
    let fr = path[0], sr = path[0];
    for (const h of path.slice(1)) {
      if (sn === 0n) fail('consistency proof too long');
      if ((fn & 1n) === 1n || fn === sn) {
        fr = sha256(Buffer.from([1]), h, fr);
        sr = sha256(Buffer.from([1]), h, sr);
        if ((fn & 1n) === 0n) { while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; } }
      } else {
        sr = sha256(Buffer.from([1]), sr, h);
      }
      fn >>= 1n; sn >>= 1n;
    }
    if (sn !== 0n || !fr.equals(root1) || !sr.equals(root)) fail(`fork: size ${size} does not extend the kept ${size1}`);
  }
}

if (proofPath === '-') { console.log('ok ' + size); process.exit(0); }

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
