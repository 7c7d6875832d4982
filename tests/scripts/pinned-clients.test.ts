// The one pinned client list both generators read, and the refusal to generate from an incomplete cache.
import { cachedClientReaders, missingClients, readPinnedClients } from '../../scripts/aws-sdk-schemas/pinned-clients.ts';

describe('pinned clients', () => {
  test('every listed client has an exact version', () => {
    const pinned = readPinnedClients();
    expect(Object.keys(pinned.clients).length).toBeGreaterThan(300);
    for (const [client, version] of Object.entries(pinned.clients)) expect(version, client).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('generating from a cache without the pinned clients fails naming them', () => {
    const absent = { release: '0.0.0-not-downloaded', clients: { ssm: '3.1178.0', iam: '3.1178.0' } };
    expect(missingClients(absent)).toEqual(['ssm', 'iam']);
    expect(() => cachedClientReaders(absent)).toThrow(/2 pinned clients are not in .*\(ssm, iam\): run npm run models:download first/);
  });
});
