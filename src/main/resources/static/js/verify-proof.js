// Checks, in the resident's own browser, that an access record is in the city's signed log: the entry's
// leaf hash (RFC 9162 2.1.1), its inclusion proof up to the checkpoint's root (RFC 9162 2.1.3.2), the
// checkpoint's Ed25519 signature by the log's key (c2sp.org/signed-note, c2sp.org/tlog-checkpoint), the
// quorum of witness cosignatures (c2sp.org/tlog-cosignature), and that the checkpoint extends the one
// this browser verified last time (RFC 9162 2.1.4). Only WebCrypto is used, so the same module runs under
// Node for the tests. No inline script: the page marks each row with data-verify and this module wires
// its button.

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


// ---- The log as published: the log's key, the witnesses' cosignatures, and the resident's memory ----
//
// A checkpoint signed by the log's key alone proves only that whoever holds that key signed it: the
// operator can rewrite a resident's history and sign the rewritten tree. So a checkpoint counts only
// when a quorum of the witnesses listed on the page cosigned it (c2sp.org/tlog-cosignature,
// cosignature/v1), and the browser remembers, per origin, the last checkpoint the resident verified:
// a later checkpoint must be the same tree or prove (RFC 9162 2.1.4) that it extends it. The first
// visit has nothing to compare with; from the second on, a rewrite needs the witnesses' keys as well.

/** A refusal with its reason in Japanese (shown first) and in English. */
export class CheckRefusal extends Refusal {
  constructor(ja, en, loud) {
    super(ja + ' (' + en + ')');
    this.ja = ja;
    this.en = en;
    this.loud = loud;
  }
}

const refuseLoudly = (ja, en) => { throw new CheckRefusal(ja, en, true); };

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const toB64 = (bytes) => btoa(String.fromCharCode(...bytes));

/** The lowercase hex SHA-256 of a verifier key's text, as the witnesses page lists it. */
export async function fingerprint(vkey) {
  return hex(await sha256(enc.encode(vkey)));
}

/** Parses a cosignature/v1 verifier key (type 0x04); returns {name, keyId, key} or null. */
async function cosignerKey(vkey) {
  const first = vkey.indexOf('+');
  if (first <= 0 || vkey.charAt(first + 9) !== '+') return null;
  const name = vkey.substring(0, first);
  let typeAndKey;
  try { typeAndKey = b64(vkey.substring(first + 10)); } catch (e) { return null; }
  if (typeAndKey[0] !== 0x04 || typeAndKey.length !== 33) return null;
  const keyId = (await sha256(enc.encode(name), new Uint8Array([0x0a]), typeAndKey)).subarray(0, 4);
  if (hex(keyId) !== vkey.substring(first + 1, first + 9)) return null;
  const key = await crypto.subtle.importKey('raw', typeAndKey.subarray(1), { name: 'Ed25519' }, false, ['verify']);
  return { name, keyId, key, raw: hex(typeAndKey.subarray(1)) };
}

/**
 * The names of the listed witnesses whose cosignature/v1 on this very checkpoint text verifies: a line
 * by a key not on the list, a signature over another checkpoint (a replay) or another log's checkpoint
 * (the origin is in the signed text) does not count, nor does a second line by the same key, nor a line
 * by the same public key listed under another name (a cosignature does not sign the name, so its line
 * copied under the other name verifies: it is still one witness).
 */
export async function cosigners(note, witnesses) {
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return [];
  const text = note.substring(0, split + 1);
  const keys = (await Promise.all((witnesses || []).map(cosignerKey))).filter((k) => k !== null);
  const counted = new Map(); // the public key's hex -> the name it first counted under
  for (const line of note.substring(split + 2).split('\n')) {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!m) continue;
    let sig;
    try { sig = b64(m[2]); } catch (e) { continue; }
    if (sig.length !== 4 + 8 + 64) continue;
    for (const k of keys) {
      if (k.name !== m[1] || !equal(sig.subarray(0, 4), k.keyId) || counted.has(k.raw)) continue;
      let t = 0n;
      for (const b of sig.subarray(4, 12)) t = (t << 8n) | BigInt(b);
      const message = enc.encode('cosignature/v1\ntime ' + t + '\n' + text);
      if (await crypto.subtle.verify({ name: 'Ed25519' }, k.key, sig.subarray(12), message)) {
        counted.set(k.raw, k.name);
      }
    }
  }
  return [...counted.values()];
}

/** RFC 9162 2.1.4.2: verifies that the tree (size2, root2) extends (size1, root1), or refuses. */
export async function verifyConsistency(size1, size2, root1, root2, proof) {
  let n1 = BigInt(size1);
  const n2 = BigInt(size2);
  const bad = (en) => refuseLoudly('前回確認した記録と矛盾します', en);
  if (n1 > n2) bad('the older tree is larger');
  if (proof.some((h) => h.length !== 32)) bad('a proof hash is not 32 bytes');
  // every tree extends the empty one: the caller needs no proof there, and a proof proves nothing
  if (n1 === 0n) bad('a consistency proof from the empty tree proves nothing');
  if (n1 === n2) {
    if (proof.length !== 0 || !equal(root1, root2)) bad('same size, other root');
    return;
  }
  if (proof.length === 0) bad('empty consistency proof');
  let path = proof;
  if ((n1 & (n1 - 1n)) === 0n) path = [root1, ...proof];
  let fn = n1 - 1n;
  let sn = n2 - 1n;
  while ((fn & 1n) === 1n) { fn >>= 1n; sn >>= 1n; }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0n) bad('the consistency proof is too long');
    if ((fn & 1n) === 1n || fn === sn) {
      fr = await sha256(new Uint8Array([1]), c, fr);
      sr = await sha256(new Uint8Array([1]), c, sr);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
      }
    } else {
      sr = await sha256(new Uint8Array([1]), sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n || !equal(fr, root1) || !equal(sr, root2)) bad('the consistency proof does not hold');
}

const keptKey = (origin) => 'mamori.checkpoint.' + origin;
const witnessesKey = (origin) => 'mamori.witnesses.' + origin;

/**
 * Checks a published checkpoint as a resident's browser does and, if it holds, keeps it: {vkey,
 * checkpoint, witnesses: [vkey], quorum, consistency: URL prefix}. `storage` is localStorage (or a
 * stand-in with getItem/setItem), `fetchJson` fetches a URL's JSON. Resolves to {cp, cosigners,
 * warnings}; refuses with a CheckRefusal. A refusal never replaces the kept checkpoint.
 */
export async function checkPublished(item, storage, fetchJson) {
  const cp = await verifyCheckpoint(item.vkey, item.checkpoint);
  const witnesses = item.witnesses || [];
  const quorum = Number(item.quorum || 0);
  const warnings = [];
  const seen = storage ? storage.getItem(witnessesKey(cp.origin)) : null;
  if (storage && seen === null && witnesses.length > 0) {
    storage.setItem(witnessesKey(cp.origin), JSON.stringify(witnesses));
  } else if (seen !== null) {
    const before = JSON.parse(seen);
    if (before.length !== witnesses.length || before.some((w) => !witnesses.includes(w))) {
      const gone = await Promise.all(before.filter((w) => !witnesses.includes(w)).map(fingerprint));
      const added = await Promise.all(witnesses.filter((w) => !before.includes(w)).map(fingerprint));
      warnings.push({
        ja: '証人の一覧が最初に確認したときと異なります（外れた証人: ' + (gone.join(', ') || 'なし')
          + ' / 加わった証人: ' + (added.join(', ') || 'なし') + '）',
        en: 'the witness list differs from the one first seen (removed: ' + (gone.join(', ') || 'none')
          + '; added: ' + (added.join(', ') || 'none') + ')',
      });
    }
  }
  const names = await cosigners(item.checkpoint, witnesses);
  if (names.length < quorum) {
    refuseLoudly('証人の署名が足りません（' + names.length + ' / ' + quorum + '）',
      'not enough witness cosignatures: ' + names.length + ' of the ' + quorum + ' required');
  }
  if (quorum === 0) {
    warnings.push({ ja: 'この記録を確認した証人はいません', en: 'no witness vouches for this log' });
  }
  const keptText = storage ? storage.getItem(keptKey(cp.origin)) : null;
  if (keptText !== null) {
    const kept = JSON.parse(keptText);
    const keptSize = BigInt(kept.size);
    const keptRoot = b64(kept.root);
    if (cp.treeSize < keptSize) {
      refuseLoudly('前回確認した記録と矛盾します（記録が前回の ' + kept.size + ' 件から ' + cp.treeSize + ' 件に減っています）',
        'the log is smaller than the checkpoint verified last time: ' + cp.treeSize + ' < ' + kept.size);
    }
    if (cp.treeSize === keptSize && !equal(cp.root, keptRoot)) {
      refuseLoudly('前回確認した記録と矛盾します（同じ ' + kept.size + ' 件で内容が異なります）',
        'same size ' + kept.size + ' as the checkpoint verified last time, another root');
    }
    if (cp.treeSize > keptSize && keptSize > 0n) {
      if (!item.consistency || !fetchJson) {
        refuseLoudly('前回確認した記録とのつながりを確かめられません', 'no consistency proof can be fetched');
      }
      let answer;
      try {
        answer = await fetchJson(item.consistency + '?from=' + kept.size + '&to=' + cp.treeSize);
      } catch (e) {
        refuseLoudly('前回確認した記録とのつながりを確かめられません', 'cannot fetch the consistency proof: ' + e.message);
      }
      if (String(answer.size1) !== String(kept.size) || String(answer.size2) !== cp.treeSize.toString()) {
        refuseLoudly('前回確認した記録と矛盾します', 'the consistency proof is for other sizes');
      }
      await verifyConsistency(keptSize, cp.treeSize, keptRoot, cp.root, (answer.proof || []).map(b64));
    }
  }
  if (storage && (keptText === null || cp.treeSize >= BigInt(JSON.parse(keptText).size))) {
    storage.setItem(keptKey(cp.origin), JSON.stringify({ size: cp.treeSize.toString(), root: toB64(cp.root) }));
  }
  return { cp, cosigners: names, warnings };
}

/**
 * Verifies one entry: {vkey, checkpoint, leafIndex, entry (base64), proof: [base64], witnesses: [vkey],
 * quorum, consistency}. With `storage` (localStorage or a stand-in) the checkpoint is compared with, and
 * then kept as, the last one verified; `fetchJson` fetches the consistency proof. Resolves to {ok: true,
 * treeSize, cosigners, warnings} or {ok: false, reason, ja, en, loud}.
 */
export async function verifyEntry(item, storage = null, fetchJson = null) {
  let stage = 'checkpoint';
  try {
    const checked = await checkPublished(item, storage, fetchJson);
    const cp = checked.cp;
    stage = 'entry';
    const leaf = await leafHash(b64(item.entry));
    const root = await rootFromInclusion(item.leafIndex, cp.treeSize, leaf, (item.proof || []).map(b64));
    if (!equal(root, cp.root)) refuse('the proof does not lead to the signed root');
    return { ok: true, treeSize: cp.treeSize.toString(), cosigners: checked.cosigners, warnings: checked.warnings };
  } catch (e) {
    let ja;
    let en;
    if (e instanceof CheckRefusal) {
      ja = e.ja;
      en = e.en;
    } else if (e instanceof Refusal) {
      ja = stage === 'checkpoint' ? '記録の署名を確かめられません' : 'この記録は署名された記録に含まれていません';
      en = e.message;
    } else {
      ja = '確認できませんでした';
      en = 'cannot verify: ' + e.message;
    }
    return { ok: false, reason: ja + ' (' + en + ')', ja, en, loud: e instanceof Refusal };
  }
}

/** Shows a refusal loudly above the page's table: role="alert", so it is announced, not just a row note. */
function alertOnPage(page, id, text, role) {
  const doc = page.ownerDocument;
  let box = doc.getElementById(id);
  if (!box) {
    box = doc.createElement('p');
    box.id = id;
    box.className = role === 'alert' ? 'log-alert refusal' : 'log-warning notice';
    box.setAttribute('role', role);
    page.insertAdjacentElement('beforebegin', box);
  }
  box.textContent = text;
}

const browserFetchJson = async (url) => {
  const answer = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!answer.ok) throw new Error('HTTP ' + answer.status);
  return answer.json();
};

/**
 * Wires every [data-verify] element's button: it verifies the row and writes the answer beside it. A row
 * carries its own part (leafIndex, entry, proof); the checkpoint, the verifier key, the witnesses' keys,
 * the quorum and the consistency proof's URL are on the nearest element with data-checkpoint, once for
 * the whole page. A refusal is also shown above the table as an alert.
 */
export function wire(root) {
  const storage = typeof localStorage !== 'undefined' ? localStorage : null;
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
        item.witnesses = item.witnesses || JSON.parse(page.getAttribute('data-witnesses') || '[]');
        item.quorum = item.quorum ?? Number(page.getAttribute('data-quorum') || '0');
        item.consistency = item.consistency || page.getAttribute('data-consistency');
      }
      const result = await verifyEntry(item, storage, browserFetchJson);
      out.textContent = result.ok ? out.dataset.ok : out.dataset.fail + ' (' + result.reason + ')';
      out.className = result.ok ? 'verified' : 'not-verified';
      if (page && !result.ok && result.loud) {
        alertOnPage(page, 'log-alert', '記録を確認できません: ' + result.ja + ' — ' + result.en, 'alert');
      }
      if (page && result.ok) {
        for (const w of result.warnings) alertOnPage(page, 'log-warning', w.ja + ' — ' + w.en, 'status');
      }
      button.disabled = false;
    });
  }
}

if (typeof document !== 'undefined') wire(document);
