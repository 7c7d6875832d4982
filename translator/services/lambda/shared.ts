// What every part of the Lambda mapper shares: the type names and reading a function name.

import type { FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { MalformedRecordError, optString, reqString } from '../read';

export const FUNCTION = 'aws_lambda_function';
export const PERMISSION = 'aws_lambda_permission';
export const MAPPING = 'aws_lambda_event_source_mapping';
export const FUNCTION_URL = 'aws_lambda_function_url';
export const ALIAS = 'aws_lambda_alias';
export const INVOKE_CONFIG = 'aws_lambda_function_event_invoke_config';
export const LAYER_VERSION = 'aws_lambda_layer_version';

/**
 * The function name from `name`, `name:qualifier`, a partial ARN (`account:function:name`) or a full ARN,
 * with its qualifier (version or alias) — the forms the API accepts for FunctionName.
 */
export function parseFunction(value: string): { name: string; qualifier?: string } {
  const parts = value.split(':');
  if (parts.length === 1) return { name: value };
  const index = parts.indexOf('function');
  if (index < 0 && parts.length === 2) return { name: parts[0]!, qualifier: parts[1]! };
  const name = index >= 0 ? parts[index + 1] : undefined;
  if (!name) throw new MalformedRecordError(`functionName ${value} is not a function name or ARN`);
  const qualifier = parts[index + 2];
  return qualifier ? { name, qualifier } : { name };
}

export function functionOf(event: MapperEvent): { name: string; qualifier?: string } {
  const parsed = parseFunction(reqString(event.request, 'functionName'));
  const qualifier = optString(event.request, 'qualifier') ?? parsed.qualifier;
  return qualifier ? { name: parsed.name, qualifier } : { name: parsed.name };
}

/** The function, adopted when the session did not create it (import-only until its role is known). */
export function changeFunction(ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(FUNCTION, name, {});
}
