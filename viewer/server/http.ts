// Small node:http helpers for the viewer server: JSON replies, typed HTTP errors, security headers.
// In: ServerResponse / IncomingMessage. Out: bytes on the wire; no framework.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

import type { z } from 'zod';

/** An error with an HTTP status; the message is safe to show to the client. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

/**
 * The CSP forbids inline scripts and styles, plugins and framing. `blob:` workers are needed by the
 * ForceAtlas2 / noverlap supervisors, which spawn their web worker from a Blob URL.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** Replies smaller than this go as they are: compressing them saves less than it costs. */
const GZIP_FROM = 16 * 1024;

/**
 * JSON, gzipped when the client accepts it and the reply is large (the full view's columns compress about 4:1:
 * ids are hex). Level 1: most of the saving for a fraction of the default level's time.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  let data = Buffer.from(JSON.stringify(body));
  const accepts = /\bgzip\b/.test(String(res.req?.headers['accept-encoding'] ?? ''));
  const gzip = accepts && data.length >= GZIP_FROM;
  if (gzip) data = gzipSync(data, { level: 1 });
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': data.length,
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(data);
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message });
}

/** Validates query parameters (or a body) with zod; a failure becomes a 400 naming the parameter. */
export function parseParams<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `parameter \`${issue.path.join('.')}\`` : 'request';
  throw new HttpError(400, `Invalid ${where}: ${issue.message}`);
}

/** Reads a request body up to `maxBytes`; larger bodies are a 413, not an unbounded buffer. */
export async function readBody(req: IncomingMessage, maxBytes = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, `Request body larger than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonBody(req: IncomingMessage, maxBytes?: number): Promise<unknown> {
  const text = await readBody(req, maxBytes);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Invalid request body: expected JSON');
  }
}
