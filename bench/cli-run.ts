// Child process of bench/cli-ingest.ts: runs the CLI's main() in this process and reports, as the last
// line on stderr, its CPU time, wall time and peak resident set size (getrusage's ru_maxrss).
import { performance } from 'node:perf_hooks';
import { main } from '../translator/cli.ts';

const t0 = performance.now();
const code = await main(process.argv.slice(2));
const usage = process.resourceUsage();
process.stderr.write(`\n${JSON.stringify({ code, wallMs: Math.round(performance.now() - t0), cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), maxRssMB: Math.round(usage.maxRSS / 1024) })}\n`);
process.exitCode = code;
