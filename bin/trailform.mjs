#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx trailform` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../translator/cli.ts');
process.exitCode = await main(process.argv.slice(2));
