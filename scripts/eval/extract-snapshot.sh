#!/usr/bin/env bash
# Snapshot of `kg extract --format json` over a fixed set of inputs, one file per input set, so that a speed
# change can be proved output-neutral: run it before and after, then `diff -r` the two folders.
# Usage: scripts/eval/extract-snapshot.sh <out-dir> [repo-root]   (PolNeAR and seeds are read from ../shared beside it)
set -euo pipefail
out=${1:?out dir}
root=$(cd "${2:-$(dirname "$0")/../..}" && pwd)
shared="$root/../shared"
mkdir -p "$out"
run() { # name, inputs...
  local name=$1; shift
  (cd "$root" && KG_FROM_SOURCE=1 node bin/kg.mjs extract --format json "$@" >"$out/$name.json" 2>"$out/$name.err") || true
  echo "$name: $(wc -c <"$out/$name.json") bytes, $(wc -l <"$out/$name.err") error lines"
}
run unseen tests/fixtures/unseen
run cross tests/fixtures/cross
if [ -d "$shared/eval/polnear" ]; then
  run seeds "$shared/seeds"
  run polnear-train "$shared/eval/polnear/train/text"
  run polnear-dev "$shared/eval/polnear/dev/text"
else
  echo "extract-snapshot: $shared not found beside the clone: seeds and PolNeAR skipped (only the repository's fixtures)"
fi
