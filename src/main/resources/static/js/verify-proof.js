// Checks, in the resident's own browser, that an access record is in the city's signed log: the entry's
// leaf hash (RFC 9162 2.1.1), its inclusion proof up to the checkpoint's root (RFC 9162 2.1.3.2), and the
// checkpoint's Ed25519 signature by the log's key (c2sp.org/signed-note, c2sp.org/tlog-checkpoint). Only
// WebCrypto is used, so the same module runs under Node for the tests. No inline script: the page marks
// each row with data-verify and this module wires its button.

const enc = new TextEncoder();

const b64 = (text) => {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
};

const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

const sha256 = async (...parts) => new Uint8Array(await crypto.subtle.digest('SHA-256', concat(...parts)));

const equal = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

class Refusal extends Error {}

const refuse = (why) => { throw new Refusal(why); };

/** The leaf hash of an entry: SHA-256(0x00 || entry). */
export async function leafHash(entry) {
  return sha256(new Uint8Array([0]), entry);
}

/** RFC 9162 2.1.3.2: the root an inclusion proof leads to from a leaf, or a refusal. */
export async function rootFromInclusion(leafIndex, treeSize, leaf, proof) {
  let fn = BigInt(leafIndex);
  let sn = BigInt(treeSize) - 1n;
  if (fn > sn) refuse('the leaf is not in the tree');
  if (leaf.length !== 32) refuse('the leaf hash is not 32 bytes');
  if (proof.some((h) => h.length !== 32)) refuse('a proof hash is not 32 bytes');
  let r = leaf;
  for (const c of proof) {
    if (sn === 0n) refuse('the proof is too long');
    if ((fn & 1n) === 1n || fn === sn) {
      r = await sha256(new Uint8Array([1]), c, r);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
      }
    } else {
      r = await sha256(new Uint8Array([1]), r, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) refuse('the proof is too short');
  return r;
}

/**
 * Verifies a checkpoint note against a verifier key (name+hexid+base64(0x01||key)); returns its origin,
 * tree size and root hash, or refuses.
 */
export async function verifyCheckpoint(vkey, note) {
  const first = vkey.indexOf('+');
  const name = vkey.substring(0, first);
  const hexId = vkey.substring(first + 1, first + 9);
  if (first <= 0 || vkey.charAt(first + 9) !== '+') refuse('malformed verifier key');
  const typeAndKey = b64(vkey.substring(first + 10));
  if (typeAndKey[0] !== 0x01 || typeAndKey.length !== 33) refuse('not an Ed25519 verifier key');
  const keyId = (await sha256(enc.encode(name), new Uint8Array([0x0a]), typeAndKey)).subarray(0, 4);
  const hex = Array.from(keyId, (b) => b.toString(16).padStart(2, '0')).join('');
  if (hex !== hexId) refuse('the key ID does not match the key');
  const key = await crypto.subtle.importKey('raw', typeAndKey.subarray(1), { name: 'Ed25519' }, false, ['verify']);

  const split = note.lastIndexOf('\n\n');
  if (split < 0) refuse('malformed checkpoint');
  const text = note.substring(0, split + 1);
  let signed = false;
  for (const line of note.substring(split + 2).split('\n').filter((l) => l.length > 0)) {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!m) refuse('malformed signature line');
    const sig = b64(m[2]);
    if (m[1] === name && equal(sig.subarray(0, 4), keyId)) {
      if (!(await crypto.subtle.verify({ name: 'Ed25519' }, key, sig.subarray(4), enc.encode(text)))) {
        refuse('the checkpoint signature is not valid');
      }
      signed = true;
    }
  }
  if (!signed) refuse('the checkpoint is not signed by the log key');
  const [origin, sizeText, rootB64] = text.split('\n');
  if (origin !== name) refuse('the origin and the key name differ');
  if (!/^\d+$/.test(sizeText)) refuse('malformed tree size');
  const root = b64(rootB64);
  if (root.length !== 32) refuse('the root hash is not 32 bytes');
  return { origin, treeSize: BigInt(sizeText), root };
}

/**
 * Verifies one entry: {vkey, checkpoint, leafIndex, entry (base64), proof: [base64]}. Resolves to
 * {ok: true, treeSize} or {ok: false, reason}.
 */
export async function verifyEntry(item) {
  try {
    const cp = await verifyCheckpoint(item.vkey, item.checkpoint);
    const leaf = await leafHash(b64(item.entry));
    const root = await rootFromInclusion(item.leafIndex, cp.treeSize, leaf, (item.proof || []).map(b64));
    if (!equal(root, cp.root)) refuse('the proof does not lead to the signed root');
    return { ok: true, treeSize: cp.treeSize.toString() };
  } catch (e) {
    return { ok: false, reason: e instanceof Refusal ? e.message : 'cannot verify: ' + e.message };
  }
}

/**
 * Wires every [data-verify] element's button: it verifies the row and writes the answer beside it. A row
 * carries its own part (leafIndex, entry, proof); the checkpoint and the verifier key every row of the page
 * leads to are on the nearest element with data-checkpoint and data-vkey, once for the whole page.
 */
export function wire(root) {
  for (const cell of root.querySelectorAll('[data-verify]')) {
    const data = cell.getAttribute('data-verify');
    const button = cell.querySelector('button');
    const out = cell.querySelector('[aria-live]');
    if (!data || !button || !out) continue;
    const page = cell.closest('[data-checkpoint]');
    button.addEventListener('click', async () => {
      button.disabled = true;
      const item = JSON.parse(data);
      if (page) {
        item.checkpoint = item.checkpoint || page.getAttribute('data-checkpoint');
        item.vkey = item.vkey || page.getAttribute('data-vkey');
      }
      const result = await verifyEntry(item);
      out.textContent = result.ok ? out.dataset.ok : out.dataset.fail + ' (' + result.reason + ')';
      out.className = result.ok ? 'verified' : 'not-verified';
      button.disabled = false;
    });
  }
}

if (typeof document !== 'undefined') wire(document);
