// Readers and identifiers the Glue parts share. CloudTrail shape (JSON protocol): the API members with a
// lower-case first letter (`databaseInput`, `tableInput.storageDescriptor.serdeInfo`, `connectionInput`);
// tags are a map (`tags` on create, `tagsToAdd` / `tagsToRemove` on TagResource / UntagResource).
// https://docs.aws.amazon.com/glue/latest/dg/monitor-cloudtrail.html

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { MapperEvent } from '../mapper';
import { at, isObject, MalformedRecordError, optString } from '../read';
import { stringMap } from '../values';
import { buildArn, type ArnContext } from '../arn';

export const DATABASE = 'aws_glue_catalog_database';
export const TABLE = 'aws_glue_catalog_table';
export const CONNECTION = 'aws_glue_connection';
export const JOB = 'aws_glue_job';
export const CRAWLER = 'aws_glue_crawler';
export const TRIGGER = 'aws_glue_trigger';
export const WORKFLOW = 'aws_glue_workflow';
export const SECURITY_CONFIGURATION = 'aws_glue_security_configuration';

/** Data Catalog objects import with the catalog ID first; it defaults to the account. */
export const catalogOf = (e: MapperEvent) => optString(e.request, 'catalogId') ?? e.accountId;

/** Glue ARNs: `arn:PARTITION:glue:REGION:ACCOUNT:KIND/NAME[/NAME]`. */
export const glueArn = (e: ArnContext, resource: string) => buildArn(e, 'glue', resource);

export function objectAt(source: JsonValue | undefined, path: string): JsonValue | undefined {
  const value = at(source, path);
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MalformedRecordError(`${path} should be an object`);
  return value;
}

/** A map of strings (parameters, arguments); undefined when absent or empty. */
export function stringMapAt(source: JsonValue | undefined, path: string) {
  const value = objectAt(source, path);
  if (value === undefined || !isObject(value) || Object.keys(value).length === 0) return undefined;
  return stringMap(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === null ? '' : String(v)])));
}
