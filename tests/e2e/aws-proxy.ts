// Firefox has no --host-resolver-rules, and network.dns.forceResolve cannot change the port. So the
// Firefox suite points the browser at this HTTP CONNECT proxy (network.proxy.* prefs), which tunnels
// every AWS hostname (console and API endpoints, port 443) to the fake console's loopback port and
// refuses everything else. The browser still sees the real hostnames and the fake's certificate.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface AwsProxy {
  port: number;
  /** CONNECT targets seen (host:port), in order. */
  tunnels: string[];
  close(): Promise<void>;
}

const AWS_HOST = /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|api\.aws|console\.aws\.amazon\.com|console\.amazonaws-us-gov\.com|console\.amazonaws\.cn)$/;

export async function startAwsProxy(targetPort: number): Promise<AwsProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('only CONNECT to AWS hosts');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const target = req.url ?? '';
    const host = target.replace(/:\d+$/, '').toLowerCase();
    if (!AWS_HOST.test(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnels.push(target);
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => { sockets.delete(upstream); client.destroy(); });
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    tunnels,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
