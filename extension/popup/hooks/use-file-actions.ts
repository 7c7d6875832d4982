import { useState } from 'preact/hooks';
import { exportFileName, parseSessionExport } from '../../../shared/session-export.ts';
import { copyText } from '../../platform/clipboard.ts';
import { readFileText, saveFile } from '../../platform/files.ts';
import { sendMessage } from '../../platform/runtime-messages.ts';
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
      sendMessage('sessions/export', { sessionId: id }).then((doc) => {
        if (!doc) return setNotice('That session no longer exists.');
        const name = exportFileName(doc.session);
        saveFile(name, `${JSON.stringify(doc, null, 2)}\n`);
        setNotice(`Exported ${name}.`);
      }, fail);
    },
    importSession(file, onImported) {
      readFileText(file).then(async (text) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return setNotice(`${file.name}: not JSON.`);
        }
        const doc = parseSessionExport(parsed);
        if (typeof doc === 'string') return setNotice(`${file.name}: ${doc}.`);
        const session = await sendMessage('sessions/import', { document: doc });
        setNotice(`Imported "${session.name}".`);
        onImported(session.id);
      }).catch(fail);
    },
  };
}
