import { missingHostPatterns, REQUIRED_HOST_PATTERNS, summarizeMissing } from '../../../extension/platform/host-access-view.ts';

describe('host access: what is missing and how it is described', () => {
  test('nothing is missing when every manifest pattern is granted', () => {
    expect(missingHostPatterns([...REQUIRED_HOST_PATTERNS])).toEqual([]);
  });

  test('a withheld console pattern is reported, in manifest order', () => {
    const granted = REQUIRED_HOST_PATTERNS.filter((p) => p !== 'https://*.console.aws.amazon.com/*' && p !== 'https://*.api.aws/*');
    expect(missingHostPatterns(granted)).toEqual(['https://*.console.aws.amazon.com/*', 'https://*.api.aws/*']);
  });

  test('a blanket grant covers every pattern', () => {
    expect(missingHostPatterns(['<all_urls>'])).toEqual([]);
  });

  test('console and API hosts are told apart (different consequences for the user)', () => {
    expect(summarizeMissing(['https://*.console.aws.amazon.com/*', 'https://*.amazonaws.com/*'])).toEqual({
      consoleMissing: ['https://*.console.aws.amazon.com/*'],
      apiMissing: ['https://*.amazonaws.com/*'],
    });
  });

  test('the required patterns are exactly the manifest host permissions', async () => {
    const { sharedManifest } = await import('../../../extension/manifest/shared.ts');
    expect([...sharedManifest.host_permissions].sort()).toEqual([...REQUIRED_HOST_PATTERNS].sort());
  });
});
