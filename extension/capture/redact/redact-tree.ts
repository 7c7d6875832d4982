// Decides which nodes of a body tree are secret: the model's sensitive paths for the operation, the
// operation's sensitive member names anywhere (when a wire name differs from the model path), and the
// context rules for secrets the models do not mark:
// - SSM parameters whose Type is SecureString: Value (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html);
// - name/value environment pairs: ECS containerDefinitions[].environment (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KeyValuePair.html),
//   Batch containerProperties.environment, CodeBuild environmentVariables of type PLAINTEXT
//   (https://docs.aws.amazon.com/codebuild/latest/APIReference/API_EnvironmentVariable.html);
// - Elastic Beanstalk option settings in aws:elasticbeanstalk:application:environment
//   (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-elasticbeanstalkapplicationenvironment);
// - Lambda Environment.Variables values (https://docs.aws.amazon.com/lambda/latest/api/API_Environment.html);
// - CloudFormation Parameters[].ParameterValue (NoEcho values: https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html);
// - presigned-URL signatures, credentials and security tokens inside any string
//   (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html);
// - member names that always hold credentials (secret-names.ts), and secret headers inside envelopes.
import type { PathTrie, SensitivePlan } from './sensitive-index.ts';
import { isSecretField, isSecretHeader, REDACTED } from './secret-names.ts';
import type { ValueNode } from './value-tree.ts';

// List and map item wrappers on the wire: awsQuery "member"/"entry", EC2 and XML "item", CloudTrail's
// EC2 "{items: [...]}" and CloudFront's "<Items>".
const LIST_WRAPPERS = new Set(['member', 'item', 'entry', 'items']);
const ENV_PAIR_REFERENCE_TYPES = new Set(['parameter_store', 'secrets_manager']);
const EB_ENVIRONMENT_NAMESPACE = 'aws:elasticbeanstalk:application:environment';

/** Query parameters of SigV4 presigned URLs (and SigV2's Signature) whose values are secrets. */
const PRESIGNED_RE = /((?:X-Amz-(?:Signature|Security-Token|Credential)|AWSAccessKeyId|Signature)(?:=|%3D))((?:(?!%26)[^&"'\s<>\\])+)/gi;

/** Rewrites only the secret query values inside a string; everything else is left as it is. */
export function scrubPresigned(text: string): string {
  if (!/x-amz-(?:signature|security-token|credential)|awsaccesskeyid=/i.test(text)) return text;
  return text.replace(PRESIGNED_RE, (_m, name: string, value: string) => (value === REDACTED ? `${name}${value}` : `${name}${REDACTED}`));
}

function stepTries(tries: PathTrie[], key: string, parent: ValueNode, transparent: boolean): PathTrie[] {
  const k = key.toLowerCase();
  const next: PathTrie[] = [];
  const numeric = /^\d+$/.test(k);
  for (const t of tries) {
    const named = t.children.get(k);
    if (named) next.push(named);
    const listItem = t.children.get('[]');
    const mapValue = t.children.get('{}');
    if (listItem && (parent.kind === 'arr' || numeric || LIST_WRAPPERS.has(k))) next.push(listItem);
    if (listItem && !numeric) {
      const flattened = listItem.children.get(k); // flattened XML/query lists name the item by the member
      if (flattened) next.push(flattened);
    }
    if (mapValue && parent.kind !== 'arr') next.push(mapValue);
    if (LIST_WRAPPERS.has(k) || transparent) next.push(t);
  }
  return next;
}

/** Booleans and numbers ("GenerateSecret": true) carry no secret. */
function isLiteral(value: string | null): boolean {
  return value === null || value === 'true' || value === 'false' || /^-?\d+(?:\.\d+)?$/.test(value);
}

function leafValue(node: ValueNode | undefined): string | null {
  return node?.kind === 'leaf' ? node.value : null;
}

function member(node: ValueNode, name: string): ValueNode | undefined {
  return node.entries.find(([k]) => k.toLowerCase() === name)?.[1];
}

/** Context rules over one object; `containerKey` is the nearest non-index member name above it. */
function applyContextRules(node: ValueNode, containerKey: string): void {
  if (node.kind !== 'obj') return;
  const value = member(node, 'value');
  const type = leafValue(member(node, 'type'))?.toLowerCase() ?? null;
  if (value && type === 'securestring') value.redact();
  if (value && member(node, 'name') && /environment/i.test(containerKey) && !(type !== null && ENV_PAIR_REFERENCE_TYPES.has(type))) value.redact();
  if (value && leafValue(member(node, 'namespace')) === EB_ENVIRONMENT_NAMESPACE) value.redact();
  member(node, 'parametervalue')?.redact();
  if (containerKey.toLowerCase() === 'environment') {
    const variables = member(node, 'variables');
    if (variables) for (const [, v] of variables.entries) redactWhole(v);
  }
}

/** Members that name an entry of a sensitive list or map (env var names, parameter keys), not its value. */
const ENTRY_NAMES = new Set(['name', 'key', 'parameterkey', 'optionname', 'namespace']);

/**
 * A sensitive value as a whole. Lists and maps keep their shape and their entries' names, so a
 * translation still sees e.g. which environment variables exist; every value inside is hidden.
 */
function redactWhole(node: ValueNode): void {
  if (node.kind === 'leaf') {
    node.redact();
    return;
  }
  for (const [key, child] of node.entries) {
    if (child.kind === 'leaf' && ENTRY_NAMES.has(key.toLowerCase())) continue;
    redactWhole(child);
  }
}

export interface WalkOptions {
  /** Levels (from the top) that may be wrappers absent from the model (XML root, "<Op>Result"). */
  transparentLevels?: number;
}

/** Redacts, in place, every secret node under `root` for the given plan (null: context rules only). */
export function redactTree(root: ValueNode, plan: SensitivePlan | null, options: WalkOptions = {}): void {
  const transparentLevels = options.transparentLevels ?? 0;
  const walk = (node: ValueNode, tries: PathTrie[], containerKey: string, depth: number): void => {
    if (depth > 128) return;
    applyContextRules(node, containerKey);
    for (const [key, child] of node.entries) {
      const k = key.toLowerCase();
      let next = plan ? stepTries(tries, key, node, depth < transparentLevels) : [];
      if (k === 'params' || k === 'content') next = plan ? [...next, plan.trie] : next; // console envelope input
      const isIndex = /^\d+$/.test(k) || LIST_WRAPPERS.has(k);
      if (next.some((t) => t.terminal) || (!isIndex && plan?.names.has(k))) {
        redactWhole(child);
        continue;
      }
      if (!isIndex && child.kind === 'leaf' && isSecretField(key) && !isLiteral(child.value)) {
        child.redact();
        continue;
      }
      if (k === 'headers' && child.kind === 'obj') {
        for (const [h, v] of child.entries) if (isSecretHeader(h)) v.redact();
        continue;
      }
      walk(child, next, isIndex ? containerKey : key, depth + 1);
    }
  };
  walk(root, plan ? [plan.trie] : [], '', 0);
}
