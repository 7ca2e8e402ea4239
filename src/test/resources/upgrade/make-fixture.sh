#!/usr/bin/env bash
# Makes the upgrade fixture of a released Mamori in src/test/resources/upgrade/<version>/, with that
# release's own code, so that UpgradeIT starts every later version on it.
#
#   src/test/resources/upgrade/make-fixture.sh [COMMIT]     (default: HEAD)
#
# Run it on the release's commit before anything changes (the jar is built from `git archive COMMIT`,
# so the working tree may be ahead). It needs the same as the tests: Maven, a JDK 25, PostgreSQL at
# MAMORI_TEST_PG_URL (default 127.0.0.1:5432/test, user postgres), and psql/pg_dump, python3, curl.
# For each store it runs the demo town of that release (FixtureTown.java: `mamori demo`'s steps on
# either store, without the data-entry job) with 100 synthetic residents, then through the release's
# API and commands: entry-co's operator lists and reveals three persons, sub-co's operator is refused
# (its re-entrustment is still requested), the town's officer signs in at the command line and changes
# two settings, and signs out. Once both demo witnesses cosigned the log, the service stops; the
# fixture keeps the checkpointed SQLite file or a plain pg_dump of the schema, the key folder (apart,
# test keys only), what the test expects (expected.json) and the SHA-256 of every migration released.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
commit=${1:-HEAD}
export PGOPTIONS=--client-min-messages=warning
pg_url=${MAMORI_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
persons=100
tenant=demo-city
why='purpose=resident-tax&case=upgrade-fixture'

work=$(mktemp -d /tmp/mamori-fixture.XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# MAMORI_RELEASE_DIR: a tree of the release already built (its target/mamori.jar and target/lib)
release=${MAMORI_RELEASE_DIR:-$work/release}
if [ -z "${MAMORI_RELEASE_DIR:-}" ]; then
  echo "building the release at $commit in $release"
  mkdir -p "$release"
  git -C "$repo" archive "$commit" | tar -x -C "$release"
  (cd "$release" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -o -B -q package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true)
fi
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$release/pom.xml" | head -n 1)
out="$here/$version"
[ -e "$out" ] && { echo "make-fixture: $out exists; a release's fixture is made once" >&2; exit 2; }
cp="$release/target/mamori.jar:$release/target/lib/*"
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$cp" "$here/FixtureTown.java"
mamori() { java --enable-native-access=ALL-UNNAMED -cp "$cp" mamori.cli.MamoriCommand "$@"; }

# The port the service gets: a free one, asked of the kernel.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }
libpq() { echo "${1#jdbc:}" | sed 's/[?&]currentSchema=[a-z0-9_]*//'; }

mkdir -p "$out"
(cd "$release/src/main/resources/db/migration" && sha256sum V*.sql | sort -k2 -V) >"$out/migrations.sha256"

for store in sqlite postgresql; do
  data="$work/$store/data"
  port=$(free_port)
  schema="mamori_upgrade_fixture"
  if [ "$store" = sqlite ]; then
    where=(--data "$data")
    args=(sqlite "$data")
  else
    psql "$(libpq "$pg_url")" -qc "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema"
    db="$pg_url&currentSchema=$schema"
    where=(--db "$db" --keys "$data/keys")
    args=(postgresql "$db" "$data")
  fi
  echo "== $store: the demo town of $version on port $port"
  java --enable-native-access=ALL-UNNAMED -cp "$work/classes:$cp" mamori.demo.FixtureTown \
    "${args[@]}" "$persons" "$port" >"$work/$store.log" 2>&1 &
  server=$!
  for _ in $(seq 300); do
    grep -q "is serving on" "$work/$store.log" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/$store.log" >&2; exit 1; }
    sleep 1
  done
  grep -q "is serving on" "$work/$store.log"
  creds="$data/demo-credentials.json"
  api="http://127.0.0.1:$port/api/v1"
  tok() { json "$creds" "d['users']['$1']['token']"; }

  # settings, changed by the town's officer signed in at the command line
  export MAMORI_SESSION="$work/$store.session"
  json "$creds" "d['users']['city-officer']['password']" >"$work/password"
  code=$(mamori demo code --data "$data" city-officer | cut -d' ' -f1)
  mamori login "${where[@]}" --user city-officer --password-file "$work/password" --code "$code"
  mamori settings set "${where[@]}" --tenant "$tenant" staff.daily-reads 750
  mamori settings set "${where[@]}" --tenant "$tenant" work.quota.hourly 150
  mamori logout "${where[@]}"

  # reads through the API: three persons listed and revealed, one refusal; all in the log
  curl -sf -H "Authorization: Bearer $(tok entry-operator)" "$api/persons?$why&limit=3" >"$work/list.json"
  : >"$work/persons.jsonl"
  for p in $(json "$work/list.json" "' '.join(d['tokens'])"); do
    curl -sf -H "Authorization: Bearer $(tok entry-operator)" "$api/persons/$p?$why" >>"$work/persons.jsonl"
    echo >>"$work/persons.jsonl"
  done
  refused=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(tok sub-operator)" "$api/persons?$why&limit=3")
  [ "$refused" = 403 ] || { echo "sub-co was not refused ($refused)" >&2; exit 1; }

  # the service integrates the commands' records on top of its own appends and publishes a
  # checkpoint once both witnesses cosigned it: wait until the published size stays still
  last=""; still=0
  for _ in $(seq 120); do
    size=$(curl -sf "http://127.0.0.1:$port/log/$tenant/checkpoint" | sed -n 2p || true)
    if [ -n "$size" ] && [ "$size" = "$last" ]; then still=$((still + 1)); else still=0; fi
    last=$size
    [ "$still" -ge 5 ] && break
    sleep 1
  done
  kill "$server"
  wait "$server" || true
  server=""
  mamori log checkpoint "${where[@]}" --tenant "$tenant" >"$work/checkpoint"
  mamori settings show "${where[@]}" --tenant "$tenant" >"$work/settings"
  made_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)

  dest="$out/$store"
  mkdir -p "$dest/keys"
  if [ "$store" = sqlite ]; then
    python3 - "$data/mamori.db" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
c.execute("PRAGMA journal_mode=DELETE")
c.close()
EOF
    cp "$data/mamori.db" "$dest/mamori.db"
  else
    pg_dump "$(libpq "$pg_url")" --schema="$schema" --no-owner --no-privileges \
      | grep -v '^\\\(un\)\?restrict ' >"$dest/dump.sql"
    psql "$(libpq "$pg_url")" -qc "DROP SCHEMA $schema CASCADE"
  fi
  cp "$data"/keys/*.key "$data"/keys/*.pub "$dest/keys/"
  chmod 600 "$dest"/keys/*

  python3 - "$dest/expected.json" "$creds" "$work/persons.jsonl" "$work/checkpoint" "$work/settings" \
    "$version" "$store" "$made_at" "$tenant" <<'EOF'
import base64, json, sys
out, creds, persons, checkpoint, settings, version, store, made_at, tenant = sys.argv[1:]
c = json.load(open(creds))
lines = open(checkpoint).read().split("\n")
shown = {}
for line in open(settings):
    name, _, value = line.strip().partition(" ")
    shown[name] = value.strip()
json.dump({
    "release": version,
    "store": store,
    "made_at": made_at,
    "tenant": tenant,
    "schema": "mamori_upgrade_fixture" if store == "postgresql" else None,
    "user": "entry-operator",
    "bearer_token": c["users"]["entry-operator"]["token"],
    "token_expires_at": c["users"]["entry-operator"]["expires_at"],
    "refused_user": "sub-operator",
    "refused_token": c["users"]["sub-operator"]["token"],
    "purpose": "resident-tax",
    "case": "upgrade-fixture",
    "persons": [json.loads(l) for l in open(persons) if l.strip()],
    "log": {"origin": lines[0], "size": int(lines[1]), "root": lines[2]},
    "settings": {k: shown[k] for k in ("staff.daily-reads", "work.quota.hourly") if k in shown},
}, open(out, "w"), ensure_ascii=False, indent=2)
EOF
  echo "== $store: $(cat "$work/checkpoint" | sed -n 2p) log entries; $(du -sh "$dest" | cut -f1) in $dest"
done
cp "$here/FIXTURE-README.md" "$out/README.md" 2>/dev/null || true
echo "fixture of $version written to $out"
