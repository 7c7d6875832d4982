// Saving and opening files from extension pages. Downloads go through an <a download> link, which
// needs no "downloads" permission and keeps the file name; the Blob is application/octet-stream so
// Chrome never renames main.tf to main.txt (see /work/shared/reference/extension-stack.md §6).
/** `data` may be a list of string parts (a streamed export), which the Blob joins without one huge string. */
export function saveFile(name: string, data: Uint8Array | string | readonly string[]): void {
  const parts: BlobPart[] = typeof data === 'string' ? [data] : Array.isArray(data) ? [...data] : [data as Uint8Array<ArrayBuffer>];
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the data once started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function readFileText(file: File): Promise<string> {
  return file.text();
}
