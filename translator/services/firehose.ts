// Amazon Data Firehose delivery streams. CloudTrail shape (JSON protocol): the API members with only their first
// letter lower-cased, as the corpus records show (`bucketARN`, `roleARN`, `kMSEncryptionConfig.aWSKMSKeyARN`,
// `bufferingHints: {sizeInMBs, intervalInSeconds}`); tags `[{key, value}]`.
// https://docs.aws.amazon.com/firehose/latest/dev/monitoring-with-cloudtrail.html
// API members: https://docs.aws.amazon.com/firehose/latest/APIReference/API_CreateDeliveryStream.html,
// API_ExtendedS3DestinationConfiguration.html, API_UpdateDestination.html
//
// The S3 destination (extended, or the older plain S3 one, which AWS describes as extended S3 too and the
// provider only imports as extended_s3) is mapped in full; a stream with another destination is imported and
// its configuration generated from the account.

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, number, numberAt, stringMap, stringsAt, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const STREAM = 'aws_kinesis_firehose_delivery_stream';

const streamArn = (e: MapperEvent, name: string) => optString(e.response, 'deliveryStreamARN') ?? buildArn(e, 'firehose', `deliverystream/${name}`);

function objectAt(source: JsonValue | undefined, path: string): JsonValue | undefined {
  const value = at(source, path);
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MalformedRecordError(`${path} should be an object`);
  return value;
}

/** A number left out when it equals the provider's default. */
const numberUnless = (source: JsonValue | undefined, path: string, providerDefault: number) => {
  const value = optNumber(source, path);
  return value === undefined || value === providerDefault ? undefined : number(value);
};
const textUnless = (source: JsonValue | undefined, path: string, providerDefault: string) => {
  const value = optString(source, path);
  return value === undefined || value === providerDefault ? undefined : text(value);
};

/** `cloudWatchLoggingOptions: {enabled, logGroupName, logStreamName}`. */
function logging(source: JsonValue | undefined) {
  const options = objectAt(source, 'cloudWatchLoggingOptions');
  if (options === undefined) return undefined;
  return blocks(fields({ enabled: flag(optBool(options, 'enabled') ?? false), log_group_name: textAt(options, 'logGroupName'), log_stream_name: textAt(options, 'logStreamName') }));
}

/** `encryptionConfiguration`: a KMS key, or `noEncryptionConfig: NoEncryption` (the default: no argument). */
const kmsKey = (source: JsonValue | undefined) => textAt(source, 'encryptionConfiguration.kMSEncryptionConfig.aWSKMSKeyARN');

/** The S3 members every S3 configuration shares (backup configuration, plain S3 destination). */
function s3Fields(source: JsonValue): Fields {
  return fields({
    role_arn: textAt(source, 'roleARN'),
    bucket_arn: textAt(source, 'bucketARN'),
    prefix: textAt(source, 'prefix'),
    error_output_prefix: textAt(source, 'errorOutputPrefix'),
    // Provider defaults: 5 MiB, 300 seconds, UNCOMPRESSED.
    buffering_size: numberUnless(source, 'bufferingHints.sizeInMBs', 5),
    buffering_interval: numberUnless(source, 'bufferingHints.intervalInSeconds', 300),
    compression_format: textUnless(source, 'compressionFormat', 'UNCOMPRESSED'),
    kms_key_arn: kmsKey(source),
    cloudwatch_logging_options: logging(source),
  });
}

/** `processingConfiguration: {enabled, processors: [{type, parameters: [{parameterName, parameterValue}]}]}`. */
function processing(source: JsonValue | undefined) {
  const config = objectAt(source, 'processingConfiguration');
  if (config === undefined) return undefined;
  const processors = listAt(config, 'processors').map((p, i) => {
    if (!isObject(p)) throw new MalformedRecordError(`processingConfiguration.processors[${i}] should be an object`);
    const parameters = listAt(p, 'parameters').map((q) => ({ parameter_name: text(reqString(q, 'parameterName')), parameter_value: text(reqString(q, 'parameterValue')) }));
    return fields({ type: text(reqString(p, 'type')), parameters: parameters.length > 0 ? blocks(...parameters) : undefined });
  });
  return blocks(fields({ enabled: flag(optBool(config, 'enabled') ?? false), processors: processors.length > 0 ? blocks(...processors) : undefined }));
}

/** `dataFormatConversionConfiguration`: JSON in (OpenX or Hive), Parquet or ORC out, schema from the Glue catalog. */
function formatConversion(source: JsonValue | undefined) {
  const config = objectAt(source, 'dataFormatConversionConfiguration');
  if (config === undefined) return undefined;
  const openX = objectAt(config, 'inputFormatConfiguration.deserializer.openXJsonSerDe');
  const hive = objectAt(config, 'inputFormatConfiguration.deserializer.hiveJsonSerDe');
  const parquet = objectAt(config, 'outputFormatConfiguration.serializer.parquetSerDe');
  const orc = objectAt(config, 'outputFormatConfiguration.serializer.orcSerDe');
  const schema = objectAt(config, 'schemaConfiguration');
  if (schema === undefined) throw new MalformedRecordError('dataFormatConversionConfiguration has no schemaConfiguration');
  const mappings = objectAt(openX, 'columnToJsonKeyMappings');
  return blocks(
    fields({
      enabled: optBool(config, 'enabled') === false ? flag(false) : undefined,
      input_format_configuration: blocks({
        deserializer: blocks(
          fields({
            open_x_json_ser_de: openX
              ? blocks(
                  fields({
                    case_insensitive: optBool(openX, 'caseInsensitive') === false ? flag(false) : undefined,
                    convert_dots_in_json_keys_to_underscores: optBool(openX, 'convertDotsInJsonKeysToUnderscores') === true ? flag(true) : undefined,
                    column_to_json_key_mappings: isObject(mappings) && Object.keys(mappings).length > 0 ? stringMapFrom(mappings) : undefined,
                  }),
                )
              : undefined,
            hive_json_ser_de: hive ? blocks(fields({ timestamp_formats: stringsAt(hive, 'timestampFormats') })) : undefined,
          }),
        ),
      }),
      output_format_configuration: blocks({
        serializer: blocks(
          fields({
            parquet_ser_de: parquet
              ? blocks(
                  fields({
                    compression: textUnless(parquet, 'compression', 'SNAPPY'),
                    block_size_bytes: numberAt(parquet, 'blockSizeBytes'),
                    page_size_bytes: numberAt(parquet, 'pageSizeBytes'),
                    enable_dictionary_compression: optBool(parquet, 'enableDictionaryCompression') === true ? flag(true) : undefined,
                    max_padding_bytes: numberAt(parquet, 'maxPaddingBytes'),
                    writer_version: textUnless(parquet, 'writerVersion', 'V1'),
                  }),
                )
              : undefined,
            orc_ser_de: orc ? blocks(fields({ compression: textUnless(orc, 'compression', 'SNAPPY'), format_version: textUnless(orc, 'formatVersion', 'V0_12'), bloom_filter_columns: stringsAt(orc, 'bloomFilterColumns') })) : undefined,
          }),
        ),
      }),
      schema_configuration: blocks(
        fields({
          role_arn: text(reqString(schema, 'roleARN')),
          database_name: text(reqString(schema, 'databaseName')),
          table_name: text(reqString(schema, 'tableName')),
          catalog_id: textAt(schema, 'catalogId'),
          version_id: textUnless(schema, 'versionId', 'LATEST'),
        }),
      ),
    }),
  );
}

function stringMapFrom(map: JsonValue) {
  return stringMap(isObject(map) ? Object.fromEntries(Object.entries(map).map(([k, v]) => [k, String(v)])) : {});
}

/**
 * `extendedS3DestinationConfiguration` (or the plain `s3DestinationConfiguration`, or an UpdateDestination's
 * `extendedS3DestinationUpdate`) as the extended_s3_configuration's arguments; an update names only what changes.
 */
function extendedS3Fields(config: JsonValue): Fields {
  const backup = objectAt(config, 's3BackupConfiguration') ?? objectAt(config, 's3BackupUpdate');
  const partitioning = objectAt(config, 'dynamicPartitioningConfiguration');
  return {
    ...s3Fields(config),
    ...fields({
      s3_backup_mode: textUnless(config, 's3BackupMode', 'Disabled'),
      file_extension: textAt(config, 'fileExtension'),
      custom_time_zone: textUnless(config, 'customTimeZone', 'UTC'),
      processing_configuration: processing(config),
      data_format_conversion_configuration: formatConversion(config),
      dynamic_partitioning_configuration: partitioning
        ? blocks(fields({ enabled: flag(optBool(partitioning, 'enabled') ?? false), retry_duration: numberUnless(partitioning, 'retryOptions.durationInSeconds', 300) }))
        : undefined,
      s3_backup_configuration: backup ? blocks(s3Fields(backup)) : undefined,
    }),
  };
}

/** Settings an UpdateDestination may put back to the provider's default, which then leaves the argument out. */
const UPDATE_DEFAULTS: readonly (readonly [string, string, string | number])[] = [
  ['bufferingHints.sizeInMBs', 'buffering_size', 5],
  ['bufferingHints.intervalInSeconds', 'buffering_interval', 300],
  ['compressionFormat', 'compression_format', 'UNCOMPRESSED'],
  ['s3BackupMode', 's3_backup_mode', 'Disabled'],
  ['customTimeZone', 'custom_time_zone', 'UTC'],
];

/** The destination members of CreateDeliveryStream other than S3, which Trailform leaves to the account. */
const OTHER_DESTINATIONS = [
  'redshiftDestinationConfiguration',
  'elasticsearchDestinationConfiguration',
  'amazonopensearchserviceDestinationConfiguration',
  'amazonOpenSearchServerlessDestinationConfiguration',
  'splunkDestinationConfiguration',
  'httpEndpointDestinationConfiguration',
  'snowflakeDestinationConfiguration',
  'icebergDestinationConfiguration',
];

/** `deliveryStreamEncryptionConfigurationInput: {keyType, keyARN}` as server_side_encryption. */
function serverSideEncryption(source: JsonValue | undefined) {
  const input = objectAt(source, 'deliveryStreamEncryptionConfigurationInput');
  if (input === undefined) return undefined;
  return blocks(fields({ enabled: flag(true), key_type: textUnless(input, 'keyType', 'AWS_OWNED_CMK'), key_arn: textAt(input, 'keyARN') }));
}

function changeStream(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = reqString(event.request, 'deliveryStreamName');
  const arn = ctx.find(STREAM, name)?.exports.arn ?? streamArn(event, name);
  return ctx.change(STREAM, name, { importId: arn, fields: { name: text(name) }, exports: { id: arn, arn, name } });
}

export const firehose: ServiceMapper = {
  service: 'firehose',
  eventSource: 'firehose.amazonaws.com',
  resources: [
    {
      type: STREAM,
      required: ['destination', 'name'],
      references: {
        'extended_s3_configuration.bucket_arn': ['aws_s3_bucket'],
        'extended_s3_configuration.role_arn': ['aws_iam_role'],
        'extended_s3_configuration.kms_key_arn': ['aws_kms_key'],
        'extended_s3_configuration.cloudwatch_logging_options.log_group_name': ['aws_cloudwatch_log_group'],
        'extended_s3_configuration.s3_backup_configuration.bucket_arn': ['aws_s3_bucket'],
        'extended_s3_configuration.data_format_conversion_configuration.schema_configuration.database_name': ['aws_glue_catalog_database'],
        'extended_s3_configuration.data_format_conversion_configuration.schema_configuration.role_arn': ['aws_iam_role'],
        'kinesis_source_configuration.kinesis_stream_arn': ['aws_kinesis_stream'],
        'kinesis_source_configuration.role_arn': ['aws_iam_role'],
        'server_side_encryption.key_arn': ['aws_kms_key'],
      },
      events: ['CreateDeliveryStream', 'UpdateDestination', 'StartDeliveryStreamEncryption', 'StopDeliveryStreamEncryption', 'TagDeliveryStream', 'UntagDeliveryStream', 'DeleteDeliveryStream'],
    },
  ],
  events: {
    CreateDeliveryStream(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'deliveryStreamName');
      const arn = streamArn(event, name);
      const s3 = objectAt(r, 'extendedS3DestinationConfiguration') ?? objectAt(r, 's3DestinationConfiguration');
      const source = objectAt(r, 'kinesisStreamSourceConfiguration');
      const other = OTHER_DESTINATIONS.find((member) => at(r, member) !== undefined && at(r, member) !== null);
      const draft = ctx.create(STREAM, name, {
        importId: arn,
        exports: { id: arn, arn, name },
        fields: fields({
          name: text(name),
          destination: text(s3 ? 'extended_s3' : (other?.replace(/DestinationConfiguration$/, '') ?? 'unknown')),
          kinesis_source_configuration: source ? blocks({ kinesis_stream_arn: text(reqString(source, 'kinesisStreamARN')), role_arn: text(reqString(source, 'roleARN')) }) : undefined,
          server_side_encryption: serverSideEncryption(r),
          extended_s3_configuration: s3 ? blocks(extendedS3Fields(s3)) : undefined,
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
      if (!s3) draft.configFromAccount(other ? `its destination (${other}) is not mapped in full; only S3 destinations are` : 'the record names no destination');
      else if (objectAt(r, 'mSKSourceConfiguration') ?? objectAt(r, 'mskSourceConfiguration')) draft.configFromAccount('its MSK source is not mapped in full');
    },
    UpdateDestination(event, ctx) {
      const draft = changeStream(event, ctx);
      const update = objectAt(event.request, 'extendedS3DestinationUpdate') ?? objectAt(event.request, 's3DestinationUpdate');
      if (update === undefined) {
        draft.sessionChange('updated a destination Trailform does not map in full');
        return;
      }
      const current = draft.fields.extended_s3_configuration;
      const merged = { ...(current?.kind === 'blocks' ? current.items[0] : {}), ...extendedS3Fields(update) };
      // A KMS key replaced by NoEncryption goes, and so does a setting put back to the provider's default.
      if (optString(update, 'encryptionConfiguration.noEncryptionConfig') === 'NoEncryption') delete merged.kms_key_arn;
      for (const [path, argument, providerDefault] of UPDATE_DEFAULTS) {
        if (at(update, path) !== undefined && String(at(update, path)) === String(providerDefault)) delete merged[argument];
      }
      draft.fields.extended_s3_configuration = blocks(merged);
      if (draft.created && draft.fields.destination === undefined) draft.fields.destination = text('extended_s3');
    },
    StartDeliveryStreamEncryption(event, ctx) {
      const draft = changeStream(event, ctx);
      draft.fields.server_side_encryption = serverSideEncryption(event.request) ?? blocks({ enabled: flag(true) });
    },
    StopDeliveryStreamEncryption(event, ctx) {
      const draft = changeStream(event, ctx);
      // Disabled is the provider's default: no block.
      if (draft.created) delete draft.fields.server_side_encryption;
      else draft.fields.server_side_encryption = blocks({ enabled: flag(false) });
    },
    TagDeliveryStream(event, ctx) {
      applyTags(changeStream(event, ctx), readTags(at(event.request, 'tags')));
    },
    UntagDeliveryStream(event, ctx) {
      applyTags(changeStream(event, ctx), {}, stringList(event.request, 'tagKeys'));
    },
    DeleteDeliveryStream(event, ctx) {
      ctx.remove(STREAM, reqString(event.request, 'deliveryStreamName'));
    },
  },
};

