#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx nemawashi` works straight after `npm install`.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../lib/cli/main.ts');
const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
process.exitCode = await main(process.argv.slice(2), {
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  color,
});
