// EC2 mapper part: EC2 types mapped by their import block only (assembled in ./index.ts).

import { reqString } from '../read';
import { importOnlyTypes } from '../import-only';
import { unwrap } from './shared';

// Types mapped by their import block only: Terraform writes their configuration from the account.
// New-style operations wrap request and response (`<Op>Request` / `<Op>Response`, real
// CreateTransitGateway and traffic-mirror records); the bare forms are tried too.

export const wrappedOrBare = (op: string, side: 'request' | 'response', path: string) => [`${side}.${op}${side === 'request' ? 'Request' : 'Response'}.${path}`, `${side}.${path}`];

export const IMPORT_ONLY = importOnlyTypes([
  {
    type: 'aws_ec2_traffic_mirror_filter',
    create: 'CreateTrafficMirrorFilter',
    id: wrappedOrBare('CreateTrafficMirrorFilter', 'response', 'trafficMirrorFilter.trafficMirrorFilterId'),
    delete: 'DeleteTrafficMirrorFilter',
    deleteId: wrappedOrBare('DeleteTrafficMirrorFilter', 'request', 'TrafficMirrorFilterId'),
  },
  {
    type: 'aws_ec2_traffic_mirror_filter_rule',
    create: 'CreateTrafficMirrorFilterRule',
    id: wrappedOrBare('CreateTrafficMirrorFilterRule', 'response', 'trafficMirrorFilterRule.trafficMirrorFilterRuleId'),
    // Import ID `FILTER_ID:RULE_ID`.
    importId: (id, event) => `${reqString(unwrap(event).response, 'trafficMirrorFilterRule.trafficMirrorFilterId')}:${id}`,
    delete: 'DeleteTrafficMirrorFilterRule',
    deleteId: wrappedOrBare('DeleteTrafficMirrorFilterRule', 'request', 'TrafficMirrorFilterRuleId'),
  },
  {
    type: 'aws_ec2_traffic_mirror_session',
    create: 'CreateTrafficMirrorSession',
    id: wrappedOrBare('CreateTrafficMirrorSession', 'response', 'trafficMirrorSession.trafficMirrorSessionId'),
    delete: 'DeleteTrafficMirrorSession',
    deleteId: wrappedOrBare('DeleteTrafficMirrorSession', 'request', 'TrafficMirrorSessionId'),
  },
  {
    type: 'aws_ec2_traffic_mirror_target',
    create: 'CreateTrafficMirrorTarget',
    id: wrappedOrBare('CreateTrafficMirrorTarget', 'response', 'trafficMirrorTarget.trafficMirrorTargetId'),
    delete: 'DeleteTrafficMirrorTarget',
    deleteId: wrappedOrBare('DeleteTrafficMirrorTarget', 'request', 'TrafficMirrorTargetId'),
  },
]);
