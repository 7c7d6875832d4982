import browser from 'webextension-polyfill';
import type { BadgeView } from '../background/badge-view.ts';

export async function showBadge(view: BadgeView): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: view.text }),
    browser.action.setBadgeBackgroundColor({ color: view.color }),
    browser.action.setTitle({ title: view.title }),
  ]);
}
