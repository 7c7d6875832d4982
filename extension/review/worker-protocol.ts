import type { Generated } from '../popup/generate/types.ts';

/** The generate worker's answer: the result without its zip() (functions do not cross to a worker). */
export type WorkerAnswer = { ok: true; result: Omit<Generated, 'zip'> } | { ok: false; message: string };
