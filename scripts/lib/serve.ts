// A tiny static file server on 127.0.0.1 (or another loopback address, for a second origin) for
// the demo article and test pages (content scripts do not run on file:// pages).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra files by address, e.g. { '/vendor/preact.js': 'node_modules/preact/dist/...' }. */
  files?: Record<string, string>;
  /** A loopback address to listen on (127.0.0.2 is another site than 127.0.0.1); 127.0.0.1. */
  host?: string;
  /** Let any origin read the files, as some document hosts do (for PT Lens's reader page). */
  cors?: boolean;
}

/** Addresses under this never finish loading, so a page that uses one never fires `load`. */
const NEVER_ENDS = '/never-ends/';

/** A strict policy for pages named *.csp.html: no inline script, no inline style. */
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";

/** Serves `root` on a free port of 127.0.0.1 (or `host`). Paths outside `root` are refused. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path.startsWith(NEVER_ENDS)) {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      return;
    }
    const extra = options.files?.[path];
    const file = extra
      ? resolve(extra)
      : normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!extra && !file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        };
        if (file.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP;
        if (options.cors) headers['access-control-allow-origin'] = '*';
        res.writeHead(200, headers);
        res.end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  const host = options.host ?? '127.0.0.1';
  if (!/^127\.\d+\.\d+\.\d+$/.test(host)) throw new Error(`not a loopback address: ${host}`);
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
