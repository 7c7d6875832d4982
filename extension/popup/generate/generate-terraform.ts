// The lazily loaded part of the popup (dynamic import() when Generate is pressed): the translator, the
// zip writer (fflate) and the README. Only translator/index.ts and output.ts are imported: the Node-only
// parts (ingest/read-file.ts, cli.ts) must never reach the extension.
import { MultipleAccountsError, orderedFileNames, singleFile, toInputs, translate } from '../../../translator/index.ts';
import { readmeText } from './readme-text.ts';
import { zipFiles } from './zip-files.ts';
import type { GenerateInput, Generated, PopupWarning } from './types.ts';

function unconfirmedWarnings(input: GenerateInput): PopupWarning[] {
  return input.rows
    .filter((r) => r.status === 'captured-only')
    .map((r) => ({ code: 'unconfirmed', message: `${r.label}: not confirmed by CloudTrail (yet); translated from the captured request${r.note ? ` (${r.note})` : ''}` }));
}

export function generateTerraform(input: GenerateInput): Generated {
  const records = input.rows.map((r) => r.record)
    .sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime) || (a.eventID < b.eventID ? -1 : 1));
  const result = translate(toInputs(records, input.sessionName));
  // One manifest holds one account (one provider); a console session that switched accounts is never
  // merged under one. The user keeps one account's rows ticked, or exports and uses the CLI's --account.
  if (result.accounts.size > 1) {
    throw new Error(`${new MultipleAccountsError(result.accounts).message}. Here: untick the actions of all but one account, then Generate again.`);
  }
  const names = orderedFileNames(result.files);
  const files = names.map((name) => ({ name, text: result.files[name] ?? '' }));
  const warnings: PopupWarning[] = [
    ...unconfirmedWarnings(input),
    ...result.warnings.map((w) => ({ code: w.code, message: w.message, ...(w.address ? { address: w.address } : {}) })),
  ];
  const importCount = files.reduce((n, f) => n + (f.text.match(/^import \{/gm)?.length ?? 0), 0);
  const readme = readmeText({ sessionName: input.sessionName, fileNames: names, importCount, warnings });
  const report = [
    ...result.report,
    ...input.untranslatable.map((u) => ({
      eventID: null, eventSource: null, eventName: u.label, outcome: 'unsupported' as const, addresses: [],
      reason: u.note ?? 'nothing to translate', input: 'popup',
    })),
  ];
  return {
    files,
    mainTf: files.length > 0 ? singleFile(result.files) : '',
    report,
    warnings,
    importCount,
    readme,
    zip: () => zipFiles(readme, files),
  };
}
