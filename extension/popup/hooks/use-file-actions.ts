import { useState } from 'preact/hooks';
import { copyText } from '../../platform/clipboard.ts';
import { readFileText, saveFile } from '../../platform/files.ts';
import { sendMessage } from '../../platform/runtime-messages.ts';
import { streamExport } from '../../ui/stream-export.ts';
import { streamImport } from '../../ui/stream-import.ts';
import type { Generated } from '../generate/types.ts';

export interface FileActions {
  notice: string | null;
  copy(text: string, what: string): void;
  downloadMain(result: Generated): void;
  downloadZip(result: Generated, sessionName: string): void;
  downloadReport(result: Generated, sessionName: string): void;
  exportSession(id: number): void;
  importSession(file: File, onImported: (id: number) => void): void;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'session';
}

/** Clipboard, downloads, session export and import, with a one-line notice of what happened. */
export function useFileActions(): FileActions {
  const [notice, setNotice] = useState<string | null>(null);
  const fail = (e: unknown): void => setNotice(`Failed: ${e instanceof Error ? e.message : String(e)}`);
  return {
    notice,
    copy(text, what) {
      copyText(text).then(() => setNotice(`Copied ${what} to the clipboard.`), fail);
    },
    downloadMain(result) {
      saveFile('main.tf', result.mainTf);
      setNotice('Downloading main.tf.');
    },
    downloadZip(result, sessionName) {
      const name = `trailform-${slug(sessionName)}.zip`;
      saveFile(name, result.zip());
      setNotice(`Downloading ${name}.`);
    },
    downloadReport(result, sessionName) {
      const name = `trailform-${slug(sessionName)}-report.json`;
      saveFile(name, `${JSON.stringify({ report: result.report, warnings: result.warnings }, null, 2)}\n`);
      setNotice(`Downloading ${name}.`);
    },
    exportSession(id) {
      // In pages of actions and records (a large session is far over one message's 64 MiB).
      setNotice('Exporting…');
      streamExport(sendMessage, id, Date.now(), (p) => setNotice(`Exporting… ${p.actions} of ${p.totalActions} actions, ${p.records} of ${p.totalRecords} records`)).then((out) => {
        if (!out) return setNotice('That session no longer exists.');
        saveFile(out.fileName, out.parts);
        setNotice(`Exported ${out.fileName}.`);
      }, fail);
    },
    importSession(file, onImported) {
      setNotice(`Importing ${file.name}…`);
      readFileText(file).then(async (text) => {
        const session = await streamImport(sendMessage, text, file.name, (p) => setNotice(`Importing ${file.name}… ${p.actions} of ${p.totalActions} actions, ${p.records} of ${p.totalRecords} records`));
        if (typeof session === 'string') return setNotice(`${session}.`);
        setNotice(`Imported "${session.name}".`);
        onImported(session.id);
      }).catch(fail);
    },
  };
}
