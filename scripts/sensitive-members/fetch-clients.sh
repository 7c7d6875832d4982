#!/usr/bin/env bash
# Fetches the service schemas of every @aws-sdk/client-* package listed in clients.txt as of one AWS SDK
# for JavaScript v3 release (VERSION): each client at its newest version <= VERSION. The SDK publishes a
# client only in the releases that change it, so most clients are not published at VERSION itself.
# Into a gitignored cache; only dist-es/schemas/*.js and package.json are kept.
# Usage: scripts/sensitive-members/fetch-clients.sh [version]   (needs the npm registry)
set -euo pipefail
VERSION="${1:-$(cat "$(dirname "$0")/version.txt")}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache/aws-sdk-clients/$VERSION"
mkdir -p "$CACHE"
fetch_one() {
  local pkg="$1" name dir tmp
  name="${pkg#@aws-sdk/client-}"
  dir="$CACHE/$name"
  [ -f "$dir/package.json" ] && return 0
  tmp="$(mktemp -d)"
  if (cd "$tmp" && npm pack --silent "$pkg@<=$VERSION" >/dev/null 2>&1); then
    mkdir -p "$dir"
    tar -xzf "$tmp"/*.tgz -C "$dir" --strip-components=1 package/package.json package/dist-es/auth/httpAuthSchemeProvider.js --wildcards 'package/dist-es/schemas/*.js' 2>/dev/null || true
  else
    echo "$pkg" >> "$CACHE/.missing"
  fi
  rm -rf "$tmp"
}
export -f fetch_one
export CACHE VERSION
grep -v '^#' "$ROOT/scripts/sensitive-members/clients.txt" | xargs -P 8 -I{} bash -c 'fetch_one "$@"' _ {}
echo "fetched $(ls "$CACHE" | wc -l) packages into $CACHE"
