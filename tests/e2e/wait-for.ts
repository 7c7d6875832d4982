/** Polls `probe` until it returns a value (not undefined); throws with `describe()` after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, describe: () => string, timeoutMs = 20_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${describe()}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
