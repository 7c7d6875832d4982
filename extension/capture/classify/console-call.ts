// The console's "?call=" RPC form (console-traffic.md §1, AWSConsoleRecorder's "elastic" and "ECB" rules):
//   /ec2/ecb/elastic/?call=com.amazonaws.ec2.AmazonEC2.CreateVpc   (service in the call)
//   /vpc/vcb/elastic/?call=com.amazonaws.ec2.AmazonEC2.CreateVpc?   (trailing "?")
//   /ec2/ecb?call=getVpcs?mbtc=123                                   (console name, service from the slug)
// The value runs up to the next "&"; anything after a "?" inside it is the console's own cache key.

export interface ConsoleCall {
  /** Service from "com.amazonaws.<svc>.<Interface>.<Op>", or null for the short form. */
  service: string | null;
  /** As sent: "CreateVpc" or "getVpcs". */
  operation: string;
}

export function consoleCallOperation(url: URL): ConsoleCall | null {
  const raw = url.searchParams.get('call');
  if (!raw) return null;
  const value = raw.split('?')[0] ?? '';
  if (!/^[A-Za-z0-9_.]+$/.test(value)) return null;
  const parts = value.split('.');
  const operation = parts.at(-1) ?? '';
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(operation)) return null;
  const service = parts.length >= 4 && parts[0] === 'com' && parts[1] === 'amazonaws' ? parts[2] ?? null : null;
  return { service, operation };
}

/** The operation a console URL names in its query: "?call=…" or "?operation=…" (Lambda's ajax). */
export function consoleQueryOperation(url: URL): string | null {
  const call = consoleCallOperation(url);
  if (call) return call.operation;
  const op = url.searchParams.get('operation');
  return op && /^[A-Za-z][A-Za-z0-9_]*$/.test(op) ? op : null;
}
