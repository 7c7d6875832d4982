// Opens the review tab (a full extension page: files, warnings, the report; Generate for large sessions).
import browser from 'webextension-polyfill';

export const REVIEW_PAGE = 'extension/review/review.html';

export async function openReviewTab(sessionId: number, options: { generate?: boolean } = {}): Promise<void> {
  const query = new URLSearchParams({ session: String(sessionId), ...(options.generate ? { generate: '1' } : {}) });
  await browser.tabs.create({ url: browser.runtime.getURL(`${REVIEW_PAGE}?${query}`) });
}
