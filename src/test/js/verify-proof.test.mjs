// Runs the portal's in-browser verifier (static/js/verify-proof.js) under Node's WebCrypto:
//   node verify-proof.test.mjs <testdata/merkle/inclusion dir> [<cases.json>]
// 1. every RFC 6962 inclusion vector, and every consistency vector of the sibling consistency dir, gives
//    the verdict its wantErr says;
// 2. each case of cases.json ({name, item, ok}) gives the verdict it says. A case may also give what the
//    browser remembers (kept: {size, root}, seen: [witness vkeys]), the consistency proof the server
//    answers (answer), a text the reason must contain (want) and a warning's text (warn); a refused case
//    must leave the kept checkpoint as it was.
// Prints one line per case ("ok <name>" or "FAIL <name>: ...") and exits 1 if any failed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rootFromInclusion, verifyConsistency, verifyEntry } from '../../main/resources/static/js/verify-proof.js';

const [inclusionDir, casesPath] = process.argv.slice(2);
const b64 = (s) => new Uint8Array(Buffer.from(s, 'base64'));
let failed = 0;
const report = (good, name, why) => {
  console.log((good ? 'ok ' : 'FAIL ') + name + (good ? '' : ': ' + why));
  if (!good) failed++;
};

let vectors = 0;
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : name.endsWith('.json') ? [path] : [];
});
for (const path of files(inclusionDir)) {
  const v = JSON.parse(readFileSync(path, 'utf8'));
  let verified;
  try {
    const root = await rootFromInclusion(v.leafIdx, v.treeSize, b64(v.leafHash || ''), (v.proof || []).map(b64));
    const want = Buffer.from(v.root || '', 'base64');
    verified = want.length === 32 && Buffer.from(root).equals(want) && v.treeSize > 0;
  } catch (e) {
    verified = false;
  }
  if (verified === v.wantErr) report(false, `rfc6962 ${path}`, `wantErr ${v.wantErr}`);
  vectors++;
}
console.log(`ok rfc6962 vectors ${vectors}`);

let consistency = 0;
for (const path of files(join(dirname(inclusionDir), 'consistency'))) {
  const v = JSON.parse(readFileSync(path, 'utf8'));
  let verified;
  try {
    const r1 = b64(v.root1 || '');
    const r2 = b64(v.root2 || '');
    await verifyConsistency(v.size1, v.size2, r1, r2, (v.proof || []).map(b64));
    verified = true;
  } catch (e) {
    verified = false;
  }
  if (verified === v.wantErr) report(false, `rfc6962 ${path}`, `wantErr ${v.wantErr}`);
  consistency++;
}
console.log(`ok rfc6962 consistency vectors ${consistency}`);

/** A stand-in for the browser's localStorage. */
class Storage {
  constructor() { this.items = new Map(); }
  getItem(k) { return this.items.has(k) ? this.items.get(k) : null; }
  setItem(k, v) { this.items.set(k, String(v)); }
}

if (casesPath) {
  for (const c of JSON.parse(readFileSync(casesPath, 'utf8'))) {
    const storage = new Storage();
    const origin = c.item.vkey.substring(0, c.item.vkey.indexOf('+'));
    if (c.kept) storage.setItem('mamori.checkpoint.' + origin, JSON.stringify(c.kept));
    if (c.seen) storage.setItem('mamori.witnesses.' + origin, JSON.stringify(c.seen));
    const before = storage.getItem('mamori.checkpoint.' + origin);
    const fetched = [];
    const fetchJson = async (url) => {
      fetched.push(url);
      if (!c.answer) throw new Error('no such proof');
      return c.answer;
    };
    const result = await verifyEntry(c.item, storage, fetchJson);
    const warnings = (result.warnings || []).map((w) => w.ja + ' ' + w.en).join('; ');
    if (result.ok !== c.ok) {
      report(false, c.name, result.ok ? 'verified' : result.reason);
    } else if (c.want && !(result.reason || '').includes(c.want)) {
      report(false, c.name, `the reason "${result.reason}" does not say "${c.want}"`);
    } else if (!c.ok && c.kept && storage.getItem('mamori.checkpoint.' + origin) !== before) {
      report(false, c.name, 'a refusal replaced the kept checkpoint');
    } else if (c.ok && c.item.quorum > 0 && !storage.getItem('mamori.checkpoint.' + origin)) {
      report(false, c.name, 'the verified checkpoint was not kept');
    } else if ([c.warn, c.warn2].some((w) => w && !warnings.includes(w))) {
      report(false, c.name, `no warning "${c.warn}"/"${c.warn2}" in "${warnings}"`);
    } else if (c.fetches !== undefined && fetched.length !== c.fetches) {
      report(false, c.name, `fetched ${fetched.length} proofs, not ${c.fetches}: ${fetched}`);
    } else {
      report(true, c.name, '');
    }
  }
}
process.exit(failed === 0 ? 0 : 1);
