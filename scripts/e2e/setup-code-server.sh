#!/usr/bin/env bash
# Prepare a real VS Code (code-server from npm) for the Chromium-driven e2e tests.
#
# Idempotent; the result is cached outside the repo in
#   ${POSTMORTEM_E2E_CACHE:-$HOME/.cache/postmortem-e2e}/code-server-<version>
# and a rerun that finds the .complete marker returns at once.
# Progress goes to stderr; the last (only) line on stdout is the path of
# code-server's entry.js, so callers can do:
#   ENTRY=$(bash scripts/e2e/setup-code-server.sh | tail -n 1)
#
# Why so many steps: code-server's own postinstall downloads prebuilt binaries
# (ripgrep, etc.) from outside the npm registry, which this network blocks. So
# we install everything with --ignore-scripts and redo the postinstall by hand:
# system rg instead of the downloaded one, native modules built with node-gyp.
set -euo pipefail

CS_VERSION=4.100.3
CACHE_ROOT="${POSTMORTEM_E2E_CACHE:-$HOME/.cache/postmortem-e2e}"
DIR="$CACHE_ROOT/code-server-$CS_VERSION"
CS="$DIR/node_modules/code-server"
ENTRY="$CS/out/node/entry.js"

exec 3>&1 1>&2 # keep stdout for the final path only
log() { printf '[setup-code-server] %s\n' "$*"; }
die() { printf '[setup-code-server] ERROR: %s\n' "$*"; exit 1; }
trap 'log "FAILED at line $LINENO: $BASH_COMMAND"' ERR

if [ -f "$DIR/.complete" ] && [ -f "$ENTRY" ]; then
  log "cached install found in $DIR"
  echo "$ENTRY" >&3
  exit 0
fi

command -v npm >/dev/null || die "node and npm must be installed"

# 1. System packages: krb5 headers (kerberos addon), ripgrep (VS Code search),
#    chromium (the browser the tests drive).
PKGS=(libkrb5-dev ripgrep chromium)
missing=()
for p in "${PKGS[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || die "need root to apt-get install: ${missing[*]}"
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${missing[@]}"
else
  log "system packages present: ${PKGS[*]}"
fi
RG=$(command -v rg) || die "rg not found after installing ripgrep"
# npm's bundled node-gyp (npx might try to fetch one). Run directly, it ignores
# npm's config, so pass the local Node headers or it downloads them.
NODE_GYP="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$NODE_GYP" ] || die "npm's bundled node-gyp not found at $NODE_GYP"
NODEDIR=$(npm config get nodedir)
[ -f "$NODEDIR/include/node/node.h" ] || NODEDIR=/usr
[ -f "$NODEDIR/include/node/node.h" ] || die "no Node headers (node.h) for node-gyp"

# 2. code-server itself, in a scratch package folder of its own.
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{ "name": "postmortem-e2e-code-server", "private": true }' > package.json
log "npm install code-server@$CS_VERSION in $DIR"
npm install --ignore-scripts --no-audit --no-fund "code-server@$CS_VERSION"
[ -f "$ENTRY" ] || die "npm install did not produce $ENTRY"

# 3. VS Code's own dependencies (what code-server's postinstall would do).
cd "$CS/lib/vscode"
log "npm install --omit=dev in lib/vscode"
npm install --omit=dev --ignore-scripts --no-audit --no-fund

log "linking $RG as @vscode/ripgrep's binary"
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sfn "$RG" node_modules/@vscode/ripgrep/bin/rg

# Native addons (node-pty, spdlog, watcher, kerberos, ...): their install
# scripts were skipped, so build each package root that has a binding.gyp.
mapfile -t addons < <(find node_modules -name binding.gyp -printf '%h\n' \
  | grep -E '^node_modules/(@[^/]+/)?[^/]+(/node_modules/(@[^/]+/)?[^/]+)*$' | sort)
for a in "${addons[@]}"; do
  log "node-gyp rebuild in lib/vscode/$a"
  (cd "$a" && node "$NODE_GYP" rebuild --nodedir="$NODEDIR" >/tmp/node-gyp-$$.log 2>&1) \
    || { cat /tmp/node-gyp-$$.log; die "native build failed in $a"; }
done
rm -f /tmp/node-gyp-$$.log

# VS Code loads its modules from node_modules.asar in a packaged build.
ln -sfn node_modules node_modules.asar

log "npm install --omit=dev in lib/vscode/extensions"
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund)

# 4. code-server's password hashing addon (loaded even with --auth none). npm
#    hoists it to the scratch folder's node_modules, so rebuild it from there;
#    its prebuilt download fails offline and it falls back to building.
cd "$DIR"
log "npm rebuild argon2"
npm rebuild argon2
ls node_modules/argon2/lib/binding/*/argon2.node >/dev/null 2>&1 \
  || die "argon2 native binding was not built"

# Smoke test: the server must start and serve the workbench on loopback.
PORT=$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
TMP=$(mktemp -d /tmp/cs-smoke.XXXXXX) && mkdir "$TMP/ws"
log "smoke test: starting code-server on 127.0.0.1:$PORT"
# XDG_* keep code-server's config.yaml and logs out of $HOME.
XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/share" node "$ENTRY" \
  --auth none --bind-addr "127.0.0.1:$PORT" --disable-telemetry --disable-update-check \
  --user-data-dir "$TMP/data" --extensions-dir "$TMP/ext" "$TMP/ws" >"$TMP/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$TMP"' EXIT
ok=
for _ in $(seq 1 60); do
  if node -e 'fetch(process.argv[1]).then(async r=>process.exit(r.ok&&(await r.text()).includes("workbench")?0:1),()=>process.exit(1))' \
    "http://127.0.0.1:$PORT/"; then ok=1; break; fi
  kill -0 $PID 2>/dev/null || break
  sleep 1
done
[ -n "$ok" ] || { cat "$TMP/server.log"; die "code-server did not serve the workbench"; }
log "smoke test passed"

date -u +%FT%TZ > "$DIR/.complete"
log "done: $DIR"
echo "$ENTRY" >&3
