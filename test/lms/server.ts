/**
 * The stand-in LMS web server: a small node:http server on 127.0.0.1 (ephemeral port by default) that serves
 *
 *   /lms/…        the LMS page (test/lms/public): hosts scorm-again's API, records every call, shows the CMI
 *   /vendor/scorm-again.js   scorm-again's browser build, from node_modules/scorm-again/dist
 *   /content/…    the course (a built course folder, or a test fixture)
 *   /fixtures/…   test/lms/fixtures
 *
 * The LMS page and the course share the origin, as in an LMS that serves packages itself (the course reaches
 * `window.parent.API` directly). `permissionsPolicy` adds a `Permissions-Policy` header to every response
 * (for example `unload=()`, which some LMSs send and which silences `unload` listeners).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LMS_DIR = dirname(fileURLToPath(import.meta.url));
export const PUBLIC_DIR = join(LMS_DIR, 'public');
export const FIXTURES_DIR = join(LMS_DIR, 'fixtures');

/**
 * scorm-again's `dist` folder. `require.resolve('scorm-again/package.json')` fails (not in its exports), so
 * resolve the package main (dist/scorm-again.js) and take its folder.
 */
export function scormAgainDist(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('scorm-again'));
}

export interface LmsServerOptions {
  /** Folder served at /content/ (the course). Default: test/lms/fixtures. */
  readonly contentDir?: string;
  /** Value of a Permissions-Policy header on every response, e.g. `unload=()`. */
  readonly permissionsPolicy?: string;
  /** Port; 0 (default) picks a free one. */
  readonly port?: number;
  /** Host to bind; only loopback addresses are accepted. Default 127.0.0.1. */
  readonly host?: string;
}

export interface LmsServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly server: Server;
  /** URL of the LMS page with the given query (`{ standard: '1.2', strict: '1' }`). */
  lmsUrl(query?: Record<string, string | number | boolean | undefined>): string;
  /** Every request path served, in order (for assertions on what the course loaded). */
  readonly requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export async function startLmsServer(options: LmsServerOptions = {}): Promise<LmsServer> {
  const host = options.host ?? '127.0.0.1';
  if (!/^(127\.\d+\.\d+\.\d+|localhost|::1)$/.test(host)) {
    throw new Error(`The stand-in LMS only listens on loopback addresses, not ${host}`);
  }
  const mounts: [prefix: string, dir: string][] = [
    ['/lms/', PUBLIC_DIR],
    ['/vendor/', scormAgainDist()],
    ['/content/', resolve(options.contentDir ?? FIXTURES_DIR)],
    ['/fixtures/', FIXTURES_DIR],
  ];
  const requests: string[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (options.permissionsPolicy) res.setHeader('Permissions-Policy', options.permissionsPolicy);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/lms' || url.pathname === '/lms/') {
      res.writeHead(302, { Location: `/lms/index.html${url.search}` }).end();
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const mount = mounts.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) {
      notFound(res, url.pathname);
      return;
    }
    const [prefix, dir] = mount;
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      notFound(res, url.pathname);
      return;
    }
    let file = resolve(dir, relative);
    if (file !== dir && !file.startsWith(dir + sep)) {
      notFound(res, url.pathname);
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': size,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      notFound(res, url.pathname);
    }
  };

  const server = createServer(handle);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    server,
    requests,
    lmsUrl(query = {}) {
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(query))
        if (v !== undefined && v !== false) search.set(k, v === true ? '1' : String(v));
      const text = search.toString();
      return `${origin}/lms/index.html${text ? `?${text}` : ''}`;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function notFound(res: ServerResponse, path: string): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}\n`);
}
