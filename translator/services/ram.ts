// AWS Resource Access Manager: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/ram/latest/userguide/cloudtrail-logging.html
// Terraform keeps who and what a share holds apart from the share: one aws_ram_principal_association per
// principal (import ID `SHARE_ARN,PRINCIPAL`) and one aws_ram_resource_association per resource
// (`SHARE_ARN,RESOURCE_ARN`). CreateResourceShare may name both, AssociateResourceShare adds them and
// DisassociateResourceShare removes them.

import { importOnlyTypes } from './import-only';
import type { EventHandler, FoldContext, MapperEvent, ServiceMapper } from './mapper';
import { mergeHandlers } from './mapper';
import { reqString, stringList } from './read';

const PRINCIPAL = 'aws_ram_principal_association';
const RESOURCE = 'aws_ram_resource_association';

const TYPES = importOnlyTypes([
  {
    type: 'aws_ram_resource_share',
    create: 'CreateResourceShare',
    id: ['response.resourceShare.resourceShareArn'],
    delete: 'DeleteResourceShare',
    deleteId: ['request.resourceShareArn'],
    update: ['UpdateResourceShare'],
  },
  {
    type: 'aws_ram_resource_share_accepter',
    create: 'AcceptResourceShareInvitation',
    id: ['response.resourceShareInvitation.resourceShareArn'],
  },
  { type: 'aws_ram_sharing_with_organization', create: 'EnableSharingWithAwsOrganization', id: (e) => e.accountId || undefined },
]);

/** The associations an event names: `[type, import ID]` per principal and per resource. */
function associations(event: MapperEvent, share: string): [string, string][] {
  return [
    ...stringList(event.request, 'principals').map((p): [string, string] => [PRINCIPAL, `${share},${p}`]),
    ...stringList(event.request, 'resourceArns').map((r): [string, string] => [RESOURCE, `${share},${r}`]),
  ];
}

function associate(event: MapperEvent, ctx: FoldContext, share: string): void {
  for (const [type, id] of associations(event, share)) ctx.create(type, id, { nameHint: id.slice(id.lastIndexOf(',') + 1).split(/[/:]/).pop() ?? id });
}

const createShare: EventHandler = (event, ctx) => {
  TYPES.events.CreateResourceShare!(event, ctx);
  associate(event, ctx, reqString(event.response, 'resourceShare.resourceShareArn'));
};

const associateShare: EventHandler = (event, ctx) => associate(event, ctx, reqString(event.request, 'resourceShareArn'));

const disassociateShare: EventHandler = (event, ctx) => {
  const share = reqString(event.request, 'resourceShareArn');
  for (const [type, id] of associations(event, share)) ctx.remove(type, id);
};

export const ram: ServiceMapper = {
  service: 'ram',
  eventSource: 'ram.amazonaws.com',
  resources: [
    ...TYPES.resources,
    { type: PRINCIPAL, required: [], importOnly: true, events: ['CreateResourceShare', 'AssociateResourceShare', 'DisassociateResourceShare'] },
    { type: RESOURCE, required: [], importOnly: true, events: ['CreateResourceShare', 'AssociateResourceShare', 'DisassociateResourceShare'] },
  ],
  events: {
    ...mergeHandlers(TYPES.events, { AssociateResourceShare: associateShare, DisassociateResourceShare: disassociateShare }),
    // Replaces the share row's handler: the share and the associations it names.
    CreateResourceShare: createShare,
  },
};
