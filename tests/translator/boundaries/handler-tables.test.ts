// Handler tables are merged with mergeHandlers, which refuses a key two tables define (a spread would
// let the later one silently replace the earlier).

import { mergeHandlers, type EventHandler } from '../../../translator/services/mapper';
import { autoscaling, autoscalingParts } from '../../../translator/services/autoscaling';
import { ec2, ec2Parts } from '../../../translator/services/ec2';
import { elbv2, elbv2Parts } from '../../../translator/services/elbv2';
import { lambda, lambdaParts } from '../../../translator/services/lambda';
import { rds, rdsParts } from '../../../translator/services/rds';

const handler: EventHandler = (_event, ctx) => ctx.ignore('test');

describe('mergeHandlers', () => {
  it('keeps every handler of tables with distinct events', () => {
    const other: EventHandler = (_event, ctx) => ctx.ignore('other');
    expect(mergeHandlers({ CreateThing: handler }, { DeleteThing: other })).toEqual({ CreateThing: handler, DeleteThing: other });
  });

  it('throws naming the event two tables define', () => {
    expect(() => mergeHandlers({ CreateThing: handler }, { DeleteThing: handler }, { CreateThing: handler })).toThrow('two handler tables define CreateThing');
  });
});

describe('mappers assembled from parts', () => {
  it.each([
    ['ec2', ec2Parts, ec2],
    ['lambda', lambdaParts, lambda],
    ['elbv2', elbv2Parts, elbv2],
    ['rds', rdsParts, rds],
    ['autoscaling', autoscalingParts, autoscaling],
  ] as const)('%s: no two parts define the same event, and the mapper has every part handler', (_name, parts, mapper) => {
    const seen = new Map<string, string>();
    for (const [part, table] of Object.entries(parts)) {
      for (const event of Object.keys(table)) {
        expect(seen.get(event), `${event} is defined by both ${seen.get(event)} and ${part}`).toBeUndefined();
        seen.set(event, part);
        expect(mapper.events[event]).toBe(table[event]);
      }
    }
    expect(Object.keys(parts).length).toBeGreaterThan(1);
  });
});
