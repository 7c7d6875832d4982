// Amazon Lex (V1 and V2 model building): types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Both APIs log under lex.amazonaws.com and share some
// delete names (DeleteBot, DeleteIntent, DeleteSlotType, DeleteBotAlias, DeleteBotVersion) with different members,
// so only the deletes only V2 has are mapped. REST path parameters appear in requestParameters.
// https://docs.aws.amazon.com/lexv2/latest/dg/monitoring-aws-lex-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** Fields joined by `sep`, each `request.x` or `response.x`, or undefined when one is missing. */
const joined = (sep: string, ...paths: string[]) => (e: MapperEvent) => {
  const parts = paths.map((p) => {
    const [side, ...rest] = p.split('.');
    return optString(side === 'response' ? e.response : e.request, rest.join('.'));
  });
  return parts.every((p) => p !== undefined) ? parts.join(sep) : undefined;
};

const TYPES = importOnlyTypes([
  // V1: PutX creates or replaces the $LATEST version, imported by name.
  { type: 'aws_lex_bot', create: 'PutBot', id: ['request.name'] },
  { type: 'aws_lex_intent', create: 'PutIntent', id: ['request.name'] },
  { type: 'aws_lex_slot_type', create: 'PutSlotType', id: ['request.name'] },
  // Import ID `BOT:ALIAS`.
  { type: 'aws_lex_bot_alias', create: 'PutBotAlias', id: joined(':', 'request.botName', 'request.name'), name: ['request.name'] },
  // V2.
  { type: 'aws_lexv2models_bot', create: 'CreateBot', id: ['response.botId'], name: ['request.botName'] },
  // Import ID `LOCALE,BOT-ID,BOT-VERSION`.
  {
    type: 'aws_lexv2models_bot_locale',
    create: 'CreateBotLocale',
    id: joined(',', 'request.localeId', 'request.botId', 'request.botVersion'),
    name: ['request.localeId'],
    delete: 'DeleteBotLocale',
  },
  // Import ID `BOT-ID,VERSION`, the version number from the response.
  { type: 'aws_lexv2models_bot_version', create: 'CreateBotVersion', id: joined(',', 'request.botId', 'response.botVersion') },
  // Import ID `INTENT-ID:BOT-ID:BOT-VERSION:LOCALE`.
  {
    type: 'aws_lexv2models_intent',
    create: 'CreateIntent',
    id: joined(':', 'response.intentId', 'request.botId', 'request.botVersion', 'request.localeId'),
    name: ['request.intentName'],
  },
  // Import ID `BOT-ID,BOT-VERSION,INTENT-ID,LOCALE,SLOT-ID`.
  {
    type: 'aws_lexv2models_slot',
    create: 'CreateSlot',
    id: joined(',', 'request.botId', 'request.botVersion', 'request.intentId', 'request.localeId', 'response.slotId'),
    name: ['request.slotName'],
    delete: 'DeleteSlot',
    deleteId: joined(',', 'request.botId', 'request.botVersion', 'request.intentId', 'request.localeId', 'request.slotId'),
  },
  // Import ID `BOT-ID,BOT-VERSION,LOCALE,SLOT-TYPE-ID`.
  {
    type: 'aws_lexv2models_slot_type',
    create: 'CreateSlotType',
    id: joined(',', 'request.botId', 'request.botVersion', 'request.localeId', 'response.slotTypeId'),
    name: ['request.slotTypeName'],
  },
]);

export const lex: ServiceMapper = { service: 'lex', eventSource: 'lex.amazonaws.com', ...TYPES };
