// The service worker's capture tables, fetched from the extension package on first use. Vite emits
// each generated JSON file as an asset and gives its URL (https://vite.dev/guide/assets#explicit-url-imports);
// fetching and JSON.parse-ing them when the first call is captured costs less than parsing them as
// code at every worker start, which most starts (a popup open, a read the console makes) never need.
import modelsUrl from '../capture/classify/aws-models.generated.json?url';
import sensitiveUrl from '../capture/redact/sensitive-members.generated.json?url';
import { loadOnce, type LoadCaptureTables } from '../capture/capture-tables.ts';
import { buildModelIndex } from '../capture/classify/model-index.ts';
import type { ServiceModelTable } from '../capture/classify/model-types.ts';
import { buildSensitiveIndex } from '../capture/redact/sensitive-index.ts';
import type { SensitiveMemberTable } from '../capture/redact/sensitive-table-types.ts';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(new URL(url, self.location.href));
  if (!response.ok) throw new Error(`could not load ${url} from the extension package: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const loadPackagedTables: LoadCaptureTables = loadOnce(async () => {
  const [models, sensitive] = await Promise.all([fetchJson<ServiceModelTable>(modelsUrl), fetchJson<SensitiveMemberTable>(sensitiveUrl)]);
  return { models: buildModelIndex(models), sensitive: buildSensitiveIndex(sensitive) };
});
