#!/usr/bin/env node
// The command line, built ahead of time (dist/cli/, by `npm run build:cli`, run by `prepare` after
// npm install). When the built file is missing, or a project file it was built from changed since
// (a working tree being edited), the TypeScript source runs instead through tsx.
// NEMAWASHI_FROM_SOURCE=1 forces the source; NEMAWASHI_FROM_BUILD=1 the build (npm run bench:cli).
import { readFileSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 runs a regular expression's first execution in its bytecode interpreter and compiles it to
// machine code on the second (--regexp-tier-up): each regex a check runs twice or more (every
// lexicon cue, detector and shape runs once per sentence) was compiled twice. A short process
// compiles each one once, straight to machine code. Matching is unchanged (the same engine and
// semantics); a `check` of a four-line draft spends ~40% less in the engine (npm run bench:cli).
// Set before anything compiles a regex; the flag exists in every V8 since 7.8 (Node >= 14).
setFlagsFromString('--no-regexp-tier-up');

const root = new URL('../', import.meta.url);
const built = new URL('dist/cli/main.mjs', root);

function builtIsFresh() {
  if (process.env.NEMAWASHI_FROM_SOURCE) return false;
  if (process.env.NEMAWASHI_FROM_BUILD) return true; // measurements: the build, even if sources changed since
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('dist/cli/manifest.json', root), 'utf8'));
    statSync(built);
  } catch {
    return false;
  }
  for (const file of manifest.inputs) {
    try {
      if (statSync(new URL(file, root)).mtimeMs > manifest.newestInput) return false;
    } catch {
      return false; // a source file gone: the build no longer matches the tree
    }
  }
  return true;
}

let main;
if (builtIsFresh()) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../lib/cli/main.ts'));
}
const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
process.exitCode = await main(process.argv.slice(2), {
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  color,
});
