// Amazon DevOps Guru: the resource collection it analyses (aws_devopsguru_resource_collection), one per
// kind, imported by the kind (`AWS_CLOUD_FORMATION`, `AWS_SERVICE`, `AWS_TAGS`). UpdateResourceCollection
// adds to or removes from it (`Action` ADD / REMOVE); the provider's resource holds the whole list, so
// Terraform writes its block from the account (`terraform plan -generate-config-out`).
// https://docs.aws.amazon.com/devops-guru/latest/APIReference/API_UpdateResourceCollection.html

import type { ServiceMapper } from './mapper';
import { at, isObject, MalformedRecordError } from './read';

const COLLECTION = 'aws_devopsguru_resource_collection';

/** The provider's type names for each member of the API's ResourceCollection (members in either case). */
const KINDS: readonly (readonly [string, string])[] = [['cloudFormation', 'AWS_CLOUD_FORMATION'], ['tags', 'AWS_TAGS']];

export const devopsguru: ServiceMapper = {
  service: 'devopsguru',
  eventSource: 'devops-guru.amazonaws.com',
  resources: [{ type: COLLECTION, required: [], importOnly: true, events: ['UpdateResourceCollection'] }],
  events: {
    UpdateResourceCollection(event, ctx) {
      const collection = at(event.request, 'resourceCollection') ?? at(event.request, 'ResourceCollection');
      if (!isObject(collection)) throw new MalformedRecordError('missing resourceCollection');
      const kinds = KINDS.filter(([member]) => collection[member] !== undefined || collection[member[0]!.toUpperCase() + member.slice(1)] !== undefined).map(([, kind]) => kind);
      if (kinds.length === 0) throw new MalformedRecordError('resourceCollection names neither CloudFormation stacks nor tags');
      // A collection of a kind may exist before the session with other stacks or tags in it, so every
      // update is a change (adopted import-only unless the session already holds it).
      for (const kind of kinds) ctx.change(COLLECTION, kind, { nameHint: kind.toLowerCase() });
    },
  },
};
