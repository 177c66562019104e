#!/bin/sh
# CI for this pack repo: the pack must be valid, every example must pass, and every rule should
# fire somewhere in corpus.txt (real sentences from our mail). Non-zero exit on any failure.
# NEMAWASHI overrides the command (e.g. NEMAWASHI="node ../nemawashi/bin/nemawashi.mjs").
set -eu
cd "$(dirname "$0")"
NEMAWASHI=${NEMAWASHI:-npx nemawashi}
$NEMAWASHI pack lint *.yaml
$NEMAWASHI pack test *.yaml --coverage corpus.txt
# pack.schema.json (editor autocomplete) must match the nemawashi in use.
$NEMAWASHI pack schema | cmp -s - pack.schema.json || {
  echo "pack.schema.json is out of date: run npx nemawashi pack schema > pack.schema.json" >&2
  exit 1
}
