// DB subnet groups and DB (cluster) parameter groups.

import { mergeHandlers, type EventHandler, type MapperEvent, type ResourceDraft } from '../mapper';
import { at, listAt, MalformedRecordError, optBool, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, maybe, strings, tagsField, text } from '../values';
import type { Fields } from '../../model';
import { CLUSTER_PARAMETER_GROUP, PARAMETER_GROUP, SUBNET_GROUP } from './shared';

function subnetGroupFields(event: MapperEvent, name: string) {
  const description = optString(event.request, 'dBSubnetGroupDescription') ?? optString(event.response, 'dBSubnetGroupDescription');
  return fields({
    name: text(name),
    // Left out, description would default to "Managed by Terraform" and differ from the group's.
    description: maybe(description, text),
    subnet_ids: strings(stringList(event.request, 'subnetIds')),
  });
}

function parameterList(draft: ResourceDraft): Fields[] {
  const current = draft.fields.parameter;
  return current && current.kind === 'blocks' ? current.items : [];
}

const parameterName = (item: Fields): string => {
  const name = item.name;
  return name && name.kind === 'string' ? name.value : '';
};

/**
 * `parameters: [{parameterName, parameterValue, applyMethod}]` merged into `parameter` blocks by name. The
 * provider reads back only user-set parameters, names lower-cased and apply_method as RDS stores it.
 */
function applyParameters(draft: ResourceDraft, event: MapperEvent): void {
  const byName = new Map(parameterList(draft).map((item) => [parameterName(item), item] as const));
  listAt(event.request, 'parameters').forEach((raw, i) => {
    const name = optString(raw, 'parameterName');
    if (name === undefined) throw new MalformedRecordError(`parameters[${i}] has no parameterName`);
    const value = optString(raw, 'parameterValue') ?? '';
    const method = optString(raw, 'applyMethod');
    byName.set(name.toLowerCase(), fields({ name: text(name.toLowerCase()), value: text(value), apply_method: maybe(method?.toLowerCase(), text) }));
  });
  setParameters(draft, [...byName.values()]);
}

function setParameters(draft: ResourceDraft, items: Fields[]): void {
  if (items.length === 0) delete draft.fields.parameter;
  else draft.fields.parameter = blocks(...[...items].sort((a, b) => parameterName(a).localeCompare(parameterName(b))));
}

/**
 * DB and DB cluster parameter groups differ only in their names (`CreateDBParameterGroup` with
 * `dBParameterGroupName`, `CreateDBClusterParameterGroup` with `dBClusterParameterGroupName`).
 */
function parameterGroupHandlers(type: string, noun: 'DBParameterGroup' | 'DBClusterParameterGroup'): Record<string, EventHandler> {
  const nameOf = (event: MapperEvent) => reqString(event.request, `d${noun.slice(1)}Name`);
  return {
    [`Create${noun}`](event, ctx) {
      const draft = ctx.create(type, nameOf(event), {});
      draft.fields.family = text(reqString(event.request, 'dBParameterGroupFamily'));
      // Left out, description would default to "Managed by Terraform" and force a new group.
      draft.fields.description = text(reqString(event.request, 'description'));
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    [`Modify${noun}`]: (event, ctx) => applyParameters(ctx.change(type, nameOf(event), {}), event),
    [`Reset${noun}`](event, ctx) {
      const draft = ctx.change(type, nameOf(event), {});
      if (optBool(event.request, 'resetAllParameters') === true) {
        setParameters(draft, []);
        return;
      }
      const reset = new Set(listAt(event.request, 'parameters').map((raw) => optString(raw, 'parameterName')?.toLowerCase()));
      setParameters(draft, parameterList(draft).filter((item) => !reset.has(parameterName(item))));
    },
    [`Delete${noun}`]: (event, ctx) => ctx.remove(type, nameOf(event)),
  };
}

export const groupHandlers: Record<string, EventHandler> = mergeHandlers(parameterGroupHandlers(PARAMETER_GROUP, 'DBParameterGroup'), parameterGroupHandlers(CLUSTER_PARAMETER_GROUP, 'DBClusterParameterGroup'), {
  CreateDBSubnetGroup(event, ctx) {
    const name = reqString(event.request, 'dBSubnetGroupName');
    const draft = ctx.create(SUBNET_GROUP, name, { fields: subnetGroupFields(event, name) });
    const tags = tagsField(readTags(at(event.request, 'tags')));
    if (tags) draft.fields.tags = tags;
  },
  ModifyDBSubnetGroup(event, ctx) {
    const name = reqString(event.request, 'dBSubnetGroupName');
    const body = subnetGroupFields(event, name);
    const draft = ctx.change(SUBNET_GROUP, name, { fields: body });
    draft.fields.subnet_ids = body.subnet_ids;
    if (optString(event.request, 'dBSubnetGroupDescription') !== undefined) draft.fields.description = body.description;
    else if (draft.fields.description === undefined && body.description !== undefined) draft.fields.description = body.description;
  },
  DeleteDBSubnetGroup(event, ctx) {
    ctx.remove(SUBNET_GROUP, reqString(event.request, 'dBSubnetGroupName'));
  },
});
