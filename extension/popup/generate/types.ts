// What "Generate Terraform" produces, as the popup holds it. Type-only, so the popup's own chunk does
// not pull in the translator (loaded by import() when Generate is pressed).
import type { CloudTrailRecord } from '../../../shared/cloudtrail-record.ts';
import type { ReportEntry } from '../../../translator/index.ts';

export interface GenerateInput {
  sessionName: string;
  /** The included rows' records, with the row each came from. */
  rows: { key: string; status: string; label: string; note: string | null; record: CloudTrailRecord }[];
  /** Rows left out because there is nothing to translate, with why. */
  untranslatable: { label: string; note: string | null }[];
}

export interface PopupWarning {
  code: string;
  message: string;
  address?: string;
}

export interface GeneratedFile {
  name: string;
  text: string;
}

export interface Generated {
  files: GeneratedFile[];
  /** Every file as one main.tf. */
  mainTf: string;
  report: ReportEntry[];
  warnings: PopupWarning[];
  importCount: number;
  /** The README put into the zip. */
  readme: string;
  /** The files and the README as a .zip. */
  zip(): Uint8Array;
}
