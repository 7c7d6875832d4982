// Handler tables are merged with mergeHandlers, which refuses a key two tables define (a spread would
// let the later one silently replace the earlier).

import { mergeHandlers, type EventHandler } from '../../../translator/services/mapper';

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
