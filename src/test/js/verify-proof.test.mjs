// Runs the portal's in-browser verifier (static/js/verify-proof.js) under Node's WebCrypto:
//   node verify-proof.test.mjs <testdata/merkle/inclusion dir> [<cases.json>]
// 1. every RFC 6962 inclusion vector gives the verdict its wantErr says;
// 2. each case of cases.json ({name, item, ok}) gives the verdict it says.
// Prints one line per case ("ok <name>" or "FAIL <name>: ...") and exits 1 if any failed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rootFromInclusion, verifyEntry } from '../../main/resources/static/js/verify-proof.js';

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

if (casesPath) {
  for (const c of JSON.parse(readFileSync(casesPath, 'utf8'))) {
    const result = await verifyEntry(c.item);
    report(result.ok === c.ok, c.name, result.ok ? 'verified' : result.reason);
  }
}
process.exit(failed === 0 ? 0 : 1);
