// EC2 mapper part: AMIs and who may launch them, and changes to traffic mirror sessions (assembled in ./index.ts). The real records (stratus-red-team,
// streamalert, panther corpora) are Query-shaped: CreateImage / RegisterImage answer `{ imageId }`,
// ModifyImageAttribute carries `launchPermission: { add | remove: { items: [{ userId | group |
// organizationArn | organizationalUnitArn }] } }`.
// An AMI is mapped by its import block only: its block devices and snapshots come from the account
// (`terraform plan -generate-config-out`); each launch permission is a full aws_ami_launch_permission,
// imported as `<ACCOUNT-ID|GROUP-NAME|ORGANIZATION-ARN|ORGANIZATIONAL-UNIT-ARN>/<IMAGE-ID>` (provider docs).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields } from '../mapper';
import { listAt, MalformedRecordError, optString, reqString } from '../read';
import { unwrap } from './shared';
import { text } from '../values';

export const AMI = 'aws_ami';
export const LAUNCH_PERMISSION = 'aws_ami_launch_permission';
export const TRAFFIC_MIRROR_SESSION = 'aws_ec2_traffic_mirror_session';

/** LaunchPermission members and their aws_ami_launch_permission arguments, in the order tried. */
const GRANTEES = [
  ['userId', 'account_id'],
  ['group', 'group'],
  ['organizationArn', 'organization_arn'],
  ['organizationalUnitArn', 'organizational_unit_arn'],
] as const;

function grantee(entry: JsonValue, i: number): { who: string; arg: string } {
  for (const [member, arg] of GRANTEES) {
    const who = optString(entry, member);
    if (who !== undefined) return { who, arg };
  }
  throw new MalformedRecordError(`launchPermission item ${i} names no userId, group, organizationArn or organizationalUnitArn`);
}

const createImage: EventHandler = (event, ctx) => {
  const id = reqString(event.response, 'imageId');
  const draft = ctx.create(AMI, id, { nameHint: optString(event.request, 'name') ?? id, exports: { id } });
  draft.configFromAccount('its block devices and snapshots are the account\'s; Terraform writes the block from the image');
};

export const imagesHandlers: Record<string, EventHandler> = {
  CreateImage: createImage,
  RegisterImage: createImage,
  DeregisterImage(event, ctx) {
    const id = reqString(event.request, 'imageId');
    for (const permission of ctx.allHolding(LAUNCH_PERMISSION, 'image_id', id)) {
      const image = permission.field('image_id');
      if (image?.kind === 'string' && image.value === id) ctx.remove(LAUNCH_PERMISSION, permission.id);
    }
    ctx.remove(AMI, id);
  },
  ModifyImageAttribute(event, ctx) {
    const r = event.request;
    const imageId = reqString(r, 'imageId');
    const added = listAt(r, 'launchPermission.add');
    const removed = listAt(r, 'launchPermission.remove');
    if (added.length + removed.length === 0) {
      // Description, boot mode and other attributes: part of the image's configuration, which comes from the account.
      const image = ctx.change(AMI, imageId, { exports: { id: imageId } });
      image.sessionChange(`changed its ${optString(r, 'attributeType') ?? 'attributes'}`);
      return;
    }
    added.forEach((entry, i) => {
      const { who, arg } = grantee(entry, i);
      const id = `${who}/${imageId}`;
      const fields: Fields = { image_id: text(imageId), [arg]: text(who) };
      ctx.put(LAUNCH_PERMISSION, id, { nameHint: `${imageId} ${who === 'all' ? 'public' : who.split('/').pop()}`, fields, exports: { id } });
    });
    removed.forEach((entry, i) => ctx.remove(LAUNCH_PERMISSION, `${grantee(entry, i).who}/${imageId}`));
  },
  ModifyTrafficMirrorSession(event, ctx) {
    // The session's filter, target or packet settings: mapped by the session's import block only.
    const id = reqString(unwrap(event).request, 'TrafficMirrorSessionId');
    ctx.change(TRAFFIC_MIRROR_SESSION, id, { exports: { id } }).sessionChange('changed its filter, target or packet settings');
  },
};
