// Glue Data Catalog: databases, tables and connections. Their Update calls restate the whole object
// (UpdateDatabase, UpdateTable, UpdateConnection replace the definition:
// https://docs.aws.amazon.com/glue/latest/webapi/API_UpdateTable.html), so they put it again; tags apply on create.
// Import IDs `CATALOG:NAME` and `CATALOG:DATABASE:TABLE`.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, flag, number, numberAt, ownSecret, strings, stringsAt, tagsField, text, textAt } from '../values';
import { CONNECTION, DATABASE, TABLE, catalogOf, glueArn, objectAt, stringMapAt } from './shared';
import { object, str } from '../../hcl/ast';

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** A catalog, when it is not the account's own (the provider's computed default). */
const catalogField = (e: MapperEvent) => (optString(e.request, 'catalogId') !== undefined && optString(e.request, 'catalogId') !== e.accountId ? text(catalogOf(e)) : undefined);

function databaseFields(event: MapperEvent, input: JsonValue): Fields {
  const permissions = listAt(input, 'createTableDefaultPermissions').map((p, i) => {
    if (!isObject(p)) throw new MalformedRecordError(`databaseInput.createTableDefaultPermissions[${i}] should be an object`);
    const principal = optString(p, 'principal.dataLakePrincipalIdentifier');
    return fields({ permissions: stringsAt(p, 'permissions'), principal: principal === undefined ? undefined : blocks({ data_lake_principal_identifier: text(principal) }) });
  });
  const target = objectAt(input, 'targetDatabase');
  const federated = objectAt(input, 'federatedDatabase');
  return fields({
    name: text(reqString(input, 'name')),
    catalog_id: catalogField(event),
    description: textAt(input, 'description'),
    location_uri: textAt(input, 'locationUri'),
    parameters: stringMapAt(input, 'parameters'),
    create_table_default_permission: permissions.length > 0 ? blocks(...permissions) : undefined,
    target_database: target ? blocks({ catalog_id: text(reqString(target, 'catalogId')), database_name: text(reqString(target, 'databaseName')) }) : undefined,
    federated_database: federated ? blocks(fields({ connection_name: textAt(federated, 'connectionName'), identifier: textAt(federated, 'identifier') })) : undefined,
  });
}

function columns(source: JsonValue | undefined, path: string) {
  const items = listAt(source, path).map((c, i) => {
    if (!isObject(c)) throw new MalformedRecordError(`${path}[${i}] should be an object`);
    return fields({ name: text(reqString(c, 'name')), type: textAt(c, 'type'), comment: textAt(c, 'comment'), parameters: stringMapAt(c, 'parameters') });
  });
  return items.length > 0 ? blocks(...items) : undefined;
}

/** `storageDescriptor` (the API's SerDe member is `serdeInfo`). */
function storageDescriptor(sd: JsonValue) {
  const serde = objectAt(sd, 'serdeInfo');
  const skewed = objectAt(sd, 'skewedInfo');
  const schema = objectAt(sd, 'schemaReference');
  const sortColumns = listAt(sd, 'sortColumns').map((c) => ({ column: text(reqString(c, 'column')), sort_order: number(requiredNumber(c, 'sortOrder')) }));
  const buckets = optNumber(sd, 'numberOfBuckets');
  return blocks(
    fields({
      location: textAt(sd, 'location'),
      additional_locations: stringsAt(sd, 'additionalLocations'),
      input_format: textAt(sd, 'inputFormat'),
      output_format: textAt(sd, 'outputFormat'),
      compressed: optBool(sd, 'compressed') === true ? flag(true) : undefined,
      // 0 is the API's "no buckets", which the provider reads back as 0 either way; -1 is the console's "unknown".
      number_of_buckets: buckets === undefined || buckets === 0 ? undefined : number(buckets),
      bucket_columns: stringsAt(sd, 'bucketColumns'),
      stored_as_sub_directories: optBool(sd, 'storedAsSubDirectories') === true ? flag(true) : undefined,
      parameters: stringMapAt(sd, 'parameters'),
      columns: columns(sd, 'columns'),
      ser_de_info: serde ? blocks(fields({ name: textAt(serde, 'name'), serialization_library: textAt(serde, 'serializationLibrary'), parameters: stringMapAt(serde, 'parameters') })) : undefined,
      sort_columns: sortColumns.length > 0 ? blocks(...sortColumns) : undefined,
      skewed_info: skewed
        ? blocks(fields({ skewed_column_names: stringsAt(skewed, 'skewedColumnNames'), skewed_column_values: stringsAt(skewed, 'skewedColumnValues'), skewed_column_value_location_maps: stringMapAt(skewed, 'skewedColumnValueLocationMaps') }))
        : undefined,
      schema_reference: schema
        ? blocks(
            fields({
              schema_version_id: textAt(schema, 'schemaVersionId'),
              schema_version_number: number(requiredNumber(schema, 'schemaVersionNumber')),
              schema_id: objectAt(schema, 'schemaId')
                ? blocks(fields({ registry_name: textAt(schema, 'schemaId.registryName'), schema_arn: textAt(schema, 'schemaId.schemaArn'), schema_name: textAt(schema, 'schemaId.schemaName') }))
                : undefined,
            }),
          )
        : undefined,
    }),
  );
}

function requiredNumber(source: JsonValue | undefined, path: string): number {
  const value = optNumber(source, path);
  if (value === undefined) throw new MalformedRecordError(`missing ${path}`);
  return value;
}

function tableFields(event: MapperEvent, database: string, input: JsonValue): Fields {
  const sd = objectAt(input, 'storageDescriptor');
  const target = objectAt(input, 'targetTable');
  const indexes = listAt(event.request, 'partitionIndexes').map((p) => ({ index_name: text(reqString(p, 'indexName')), keys: strings(stringList(p, 'keys')) }));
  const iceberg = objectAt(event.request, 'openTableFormatInput.icebergInput');
  return fields({
    name: text(reqString(input, 'name')),
    database_name: text(database),
    catalog_id: catalogField(event),
    description: textAt(input, 'description'),
    owner: textAt(input, 'owner'),
    retention: numberAt(input, 'retention'),
    table_type: textAt(input, 'tableType'),
    view_original_text: textAt(input, 'viewOriginalText'),
    view_expanded_text: textAt(input, 'viewExpandedText'),
    parameters: stringMapAt(input, 'parameters'),
    partition_keys: columns(input, 'partitionKeys'),
    storage_descriptor: sd ? storageDescriptor(sd) : undefined,
    target_table: target ? blocks({ catalog_id: text(reqString(target, 'catalogId')), database_name: text(reqString(target, 'databaseName')), name: text(reqString(target, 'name')) }) : undefined,
    partition_index: indexes.length > 0 ? blocks(...indexes) : undefined,
    open_table_format_input: iceberg ? blocks({ iceberg_input: blocks(fields({ metadata_operation: text(reqString(iceberg, 'metadataOperation')), version: textAt(iceberg, 'version') })) }) : undefined,
  });
}

/**
 * `connectionProperties`: a value CloudTrail hides (a JDBC PASSWORD) becomes a sensitive variable of the
 * connection; properties the record leaves out entirely (CloudTrail may drop the whole map) are kept as the
 * account has them.
 */
function connectionProperties(input: JsonValue) {
  const value = objectAt(input, 'connectionProperties');
  if (value === undefined || !isObject(value) || Object.keys(value).length === 0) return undefined;
  return object(
    Object.entries(value).map(([k, v]) => [k, v === HIDDEN ? ownSecret(k.toLowerCase()) : str(v === null ? '' : String(v))] as const),
  );
}

function connectionFields(event: MapperEvent, input: JsonValue): Fields {
  const physical = objectAt(input, 'physicalConnectionRequirements');
  return fields({
    name: text(reqString(input, 'name')),
    catalog_id: catalogField(event),
    connection_type: textAt(input, 'connectionType'),
    description: textAt(input, 'description'),
    match_criteria: stringsAt(input, 'matchCriteria'),
    connection_properties: connectionProperties(input),
    athena_properties: stringMapAt(input, 'athenaProperties'),
    physical_connection_requirements: physical
      ? blocks(fields({ availability_zone: textAt(physical, 'availabilityZone'), subnet_id: textAt(physical, 'subnetId'), security_group_id_list: stringsAt(physical, 'securityGroupIdList') }))
      : undefined,
  });
}

const databaseId = (e: MapperEvent, name: string) => `${catalogOf(e)}:${name}`;
const tableId = (e: MapperEvent, database: string, name: string) => `${catalogOf(e)}:${database}:${name}`;

/** A Put of a catalog object: created, or (an Update) restated whole; tags the session knows are kept. */
function putObject(ctx: FoldContext, type: string, id: string, nameHint: string, arn: string, f: Fields, tags: JsonValue | undefined, creates: boolean) {
  const known = ctx.find(type, id);
  const keptTags = known ? known.fields.tags : creates ? tagsField(readTags(tags)) : undefined;
  const init = { nameHint, exports: { id, arn, name: nameHint }, fields: { ...f, ...(keptTags?.kind === 'object' ? { tags: keptTags } : {}) } };
  if (creates && !known) return ctx.create(type, id, init);
  const draft = ctx.put(type, id, init);
  if (!known) keepAccountTags(draft);
  return draft;
}

/** An object from before the session restated by an Update: the record has its definition but not its tags. */
export function keepAccountTags(draft: ResourceDraft): void {
  draft.ignoreChanges('tags', 'it existed before the session and the Update record restates its definition but not its tags, which stay as the account has them');
}

function markHiddenProperties(draft: ReturnType<typeof putObject>): void {
  const props = draft.fields.connection_properties;
  if (props?.kind === 'object' && props.entries.some(([, v]) => v.kind === 'ref')) {
    draft.ignoreChanges('connection_properties', 'CloudTrail hides secret connection properties (HIDDEN_DUE_TO_SECURITY_REASONS): the variables only make the configuration complete and must never overwrite the live values');
  }
}

export const catalogHandlers: Record<string, EventHandler> = {
  CreateDatabase(event, ctx) {
    const input = objectAt(event.request, 'databaseInput');
    if (input === undefined) throw new MalformedRecordError('missing databaseInput');
    const name = reqString(input, 'name');
    putObject(ctx, DATABASE, databaseId(event, name), name, glueArn(event, `database/${name}`), databaseFields(event, input), at(event.request, 'tags'), true);
  },
  UpdateDatabase(event, ctx) {
    const input = objectAt(event.request, 'databaseInput');
    if (input === undefined) throw new MalformedRecordError('missing databaseInput');
    // Renaming is not supported by the API: `name` names the database the input restates.
    const name = reqString(event.request, 'name');
    putObject(ctx, DATABASE, databaseId(event, name), name, glueArn(event, `database/${name}`), { ...databaseFields(event, input), name: text(name) }, undefined, false);
  },
  DeleteDatabase(event, ctx) {
    const name = reqString(event.request, 'name');
    // A database's tables go with it.
    for (const table of ctx.allWithIdPrefix(TABLE, `${databaseId(event, name)}:`)) ctx.remove(TABLE, table.id);
    ctx.remove(DATABASE, databaseId(event, name));
  },
  CreateTable(event, ctx) {
    const database = reqString(event.request, 'databaseName');
    const input = objectAt(event.request, 'tableInput');
    if (input === undefined) throw new MalformedRecordError('missing tableInput');
    const name = reqString(input, 'name');
    putObject(ctx, TABLE, tableId(event, database, name), name, glueArn(event, `table/${database}/${name}`), tableFields(event, database, input), at(event.request, 'tags'), true);
  },
  UpdateTable(event, ctx) {
    const database = reqString(event.request, 'databaseName');
    const input = objectAt(event.request, 'tableInput');
    if (input === undefined) throw new MalformedRecordError('missing tableInput');
    const name = reqString(input, 'name');
    putObject(ctx, TABLE, tableId(event, database, name), name, glueArn(event, `table/${database}/${name}`), tableFields(event, database, input), undefined, false);
  },
  DeleteTable(event, ctx) {
    ctx.remove(TABLE, tableId(event, reqString(event.request, 'databaseName'), reqString(event.request, 'name')));
  },
  CreateConnection(event, ctx) {
    const input = objectAt(event.request, 'connectionInput');
    if (input === undefined) throw new MalformedRecordError('missing connectionInput');
    const name = reqString(input, 'name');
    const draft = putObject(ctx, CONNECTION, databaseId(event, name), name, glueArn(event, `connection/${name}`), connectionFields(event, input), at(event.request, 'tags'), true);
    markHiddenProperties(draft);
    if (!draft.fields.connection_properties && optString(input, 'connectionType') !== undefined && optString(input, 'connectionType') !== 'NETWORK') {
      draft.ignoreChanges('connection_properties', 'the record does not carry the connection properties (CloudTrail leaves them out), so they stay as the account has them');
    }
  },
  UpdateConnection(event, ctx) {
    const input = objectAt(event.request, 'connectionInput');
    if (input === undefined) throw new MalformedRecordError('missing connectionInput');
    const name = reqString(event.request, 'name');
    const draft = putObject(ctx, CONNECTION, databaseId(event, name), name, glueArn(event, `connection/${name}`), { ...connectionFields(event, input), name: text(name) }, undefined, false);
    markHiddenProperties(draft);
  },
  DeleteConnection(event, ctx) {
    ctx.remove(CONNECTION, databaseId(event, reqString(event.request, 'connectionName')));
  },
};
