// CPU time (user + system) consumed so far by a browser's whole process tree, from /proc (Linux).
// Unlike wall time it does not depend on what else the machine is running.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // CLK_TCK on Linux

interface Proc { pid: number; ppid: number; ticks: number; cmdline: string }

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      // Fields after "(comm)": state ppid ... utime(12th) stime(13th), zero-based from state.
      out.push({ pid: Number(entry), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), cmdline });
    } catch {
      // process exited while reading
    }
  }
  return out;
}

export type ProcessKind = 'browser' | 'pageRenderer' | 'extensionRenderer' | 'utility' | 'other';

function kindOf(cmdline: string): ProcessKind {
  if (!cmdline.includes('--type=')) return 'browser';
  if (cmdline.includes('--type=renderer')) return cmdline.includes('--extension-process') ? 'extensionRenderer' : 'pageRenderer';
  if (cmdline.includes('--type=utility')) return 'utility';
  return 'other';
}

/** CPU milliseconds used so far by the browser whose command line names `userDataDir`, by process kind. */
export function browserCpuByKind(userDataDir: string): Record<ProcessKind, number> {
  const all = processes();
  const roots = all.filter((p) => p.cmdline.includes(`--user-data-dir=${userDataDir}`) && !p.cmdline.includes('--type='));
  const tree = new Set(roots.map((p) => p.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) if (!tree.has(p.pid) && tree.has(p.ppid)) { tree.add(p.pid); grew = true; }
  }
  const out: Record<ProcessKind, number> = { browser: 0, pageRenderer: 0, extensionRenderer: 0, utility: 0, other: 0 };
  for (const p of all) if (tree.has(p.pid)) out[kindOf(p.cmdline)] += (p.ticks * 1000) / TICKS_PER_SECOND;
  return out;
}

export function browserCpuMs(userDataDir: string): number {
  return Object.values(browserCpuByKind(userDataDir)).reduce((a, b) => a + b, 0);
}
