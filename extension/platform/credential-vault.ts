// Remembered CloudTrail credentials, in an IndexedDB database of the extension's origin. Only the
// extension's own pages and its service worker can open it: content scripts run with the web page's
// origin and see the page's IndexedDB, not this one (unlike chrome.storage.local, which content
// scripts can read: https://developer.chrome.com/docs/extensions/reference/api/storage#storage_areas).
import { openDB, type IDBPDatabase } from 'idb';

const VAULT_DB = 'trailform-credentials';
const STORE = 'credentials';
const KEY = 'cloudtrail';

function openVault(): Promise<IDBPDatabase> {
  return openDB(VAULT_DB, 1, { upgrade(db) { db.createObjectStore(STORE); } });
}

export async function readVaultCredentials(): Promise<unknown> {
  const db = await openVault();
  try {
    return await db.get(STORE, KEY);
  } finally {
    db.close();
  }
}

export async function writeVaultCredentials(value: unknown): Promise<void> {
  const db = await openVault();
  try {
    await db.put(STORE, value, KEY);
  } finally {
    db.close();
  }
}

export async function clearVaultCredentials(): Promise<void> {
  const db = await openVault();
  try {
    await db.delete(STORE, KEY);
  } finally {
    db.close();
  }
}
