// The request guard every viewer request goes through before any route: Host allow-list (DNS rebinding),
// same-origin check on state-changing and Cypher requests (cross-site pages), JSON-only bodies (CSRF by form
// or text/plain fetch). In: the request and the names the server answers to. Out: null, or the refusal to send.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export interface GuardOptions {
  /** Host names (no port) the server answers to, besides 127.0.0.1, localhost and ::1: what `--host` names. */
  hosts?: string[];
}

export interface Refusal {
  status: number;
  message: string;
}

/** Paths that run user Cypher: guarded like a state change even when read-only (LOAD CSV would reach out). */
const CYPHER_PATHS = new Set(['/api/cypher']);
const SAFE_METHODS = new Set(['GET', 'HEAD']);
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** The host name of a Host header or URL authority, lower case, brackets kept off IPv6; null when malformed. */
export function hostName(authority: string): string | null {
  const m = /^(?:\[([0-9a-f:.]+)\]|([^:[\]/@\s]+))(?::(\d{1,5}))?$/i.exec(authority.trim());
  if (!m) return null;
  return (m[1] ?? m[2]!).toLowerCase().replace(/\.$/, '');
}

/**
 * Builds the guard. A request whose Host is not allowed is refused whatever it asks (a rebinding page's origin
 * is its own name, so it can never name 127.0.0.1). When `--host` is a wildcard, IP literals are allowed too: a
 * browser sends an IP as Host only when the user typed that IP, which no rebinding page can arrange.
 */
export function createGuard({ hosts = [] }: GuardOptions = {}): (
  req: IncomingMessage,
  pathname: string,
) => Refusal | null {
  const allowed = new Set(['127.0.0.1', 'localhost', '::1']);
  let anyIp = false;
  for (const h of hosts) {
    if (WILDCARDS.has(h)) anyIp = true;
    else allowed.add(hostName(h) ?? h.toLowerCase());
  }
  const hostAllowed = (name: string) => allowed.has(name) || (anyIp && isIP(name) !== 0);

  return (req, pathname) => {
    const host = req.headers.host;
    const name = host ? hostName(host) : null;
    if (!name || !hostAllowed(name))
      return {
        status: 403,
        message: `Host ${JSON.stringify(host ?? '')} is not allowed; open the viewer at 127.0.0.1`,
      };

    const method = req.method ?? 'GET';
    if (SAFE_METHODS.has(method) && !CYPHER_PATHS.has(pathname)) return null;
    const cross = crossSite(req, host!);
    if (cross) return { status: 403, message: cross };
    if (!SAFE_METHODS.has(method) && !isJson(req.headers['content-type']))
      return { status: 415, message: 'Request body must be application/json' };
    return null;
  };
}

/** Why the request comes from another site, or null. Without Origin or Sec-Fetch-Site it is not a browser's. */
function crossSite(req: IncomingMessage, host: string): string | null {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const url = URL.canParse(origin) ? new URL(origin) : null;
    if (!url || url.protocol !== 'http:' || url.host !== new URL(`http://${host}`).host)
      return `Origin ${JSON.stringify(origin)} may not use this endpoint`;
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return `A ${site} request may not use this endpoint`;
  return null;
}

/** True for `application/json` with or without parameters (charset); every other media type is refused. */
export function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  return contentType.split(';')[0]!.trim().toLowerCase() === 'application/json';
}
