// Reads a dropped CloudTrail file as text; trail log files are gzipped (.json.gz), so gunzip those
// with the browser's DecompressionStream. Shared by the options page and the popup.
export async function readDroppedFile(file: File): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  if (!gzipped) return file.text();
  const stream = file.stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
