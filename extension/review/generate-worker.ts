// Runs the translator off the review tab's main thread, so a 10,000-action Generate never freezes
// the page. Receives a GenerateInput, answers with the result (the zip is made in the page on demand).
import { generateTerraform } from '../popup/generate/generate-terraform.ts';
import type { GenerateInput } from '../popup/generate/types.ts';
import type { WorkerAnswer } from './worker-protocol.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent<GenerateInput>) => void) | null; postMessage(answer: WorkerAnswer): void };

scope.onmessage = (e) => {
  try {
    const { zip: _zip, ...result } = generateTerraform(e.data);
    scope.postMessage({ ok: true, result });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
