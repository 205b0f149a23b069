import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Backend {
  port: number;
  /** Last readiness probe answered 200: the proxy routes to it. */
  ready: boolean;
  /** Requests forwarded to it. */
  served: number;
}

// Hop-by-hop headers belong to one connection, not to the request being forwarded.
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade'];

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.IncomingHttpHeaders {
  const copy = { ...headers };
  for (const name of HOP_BY_HOP) delete copy[name];
  return copy;
}

/**
 * A small load balancer like a Kubernetes Service or Ingress: it probes each backend's
 * `/health/ready` every `probeIntervalMs`, sends requests round-robin to the ready ones over
 * pooled keep-alive connections, never retries, and answers 502/503 itself when a backend fails
 * or none is ready, so every dropped request shows up as a failure.
 */
export class RoundRobinProxy {
  private readonly backends: Backend[] = [];
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  private readonly server = http.createServer((req, res) => this.forward(req, res));
  private readonly timer: NodeJS.Timeout;
  private turn = 0;

  constructor(private readonly probeIntervalMs = 100) {
    this.timer = setInterval(() => void this.probeAll(), this.probeIntervalMs);
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  add(port: number): Backend {
    const backend = { port, ready: false, served: 0 };
    this.backends.push(backend);
    return backend;
  }

  readyCount(): number {
    return this.backends.filter((backend) => backend.ready).length;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.agent.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async probeAll(): Promise<void> {
    await Promise.all(
      this.backends.map(async (backend) => {
        backend.ready = await fetch(`http://127.0.0.1:${backend.port}/health/ready`, { signal: AbortSignal.timeout(1_000) }).then(
          (res) => res.status === 200,
          () => false,
        );
      }),
    );
  }

  private pick(): Backend | undefined {
    const ready = this.backends.filter((backend) => backend.ready);
    if (ready.length === 0) return undefined;
    this.turn = (this.turn + 1) % ready.length;
    return ready[this.turn];
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const backend = this.pick();
    if (!backend) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('proxy: no ready backend');
      return;
    }
    backend.served += 1;
    const upstream = http.request(
      { host: '127.0.0.1', port: backend.port, method: req.method, path: req.url, headers: withoutHopByHop(req.headers), agent: this.agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: backend ${backend.port} failed: ${error.message}`);
    });
    req.pipe(upstream);
  }
}
