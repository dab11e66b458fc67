// A fuzz request as sent over HTTP, and the helpers that build one.
import { createHmac } from 'node:crypto';

export interface FuzzRequest {
  /** Which generator made it, for the summary. */
  kind: string;
  method: string;
  /** Path and query string, sent as is. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export const JSON_HEADERS = { 'content-type': 'application/json' };
export const PATH_QUERY = `{ careerPath(from: "embedded-software-engineer", to: "senior-edge-ai-engineer") { totalSteps } }`;

export function post(kind: string, payload: unknown, headers: Record<string, string> = JSON_HEADERS): FuzzRequest {
  return { kind, method: 'POST', path: '/graphql', headers, body: JSON.stringify(payload) };
}

export function get(kind: string, params: Record<string, string>, headers: Record<string, string>): FuzzRequest {
  return { kind, method: 'GET', path: `/graphql?${new URLSearchParams(params).toString()}`, headers };
}

/** An HS256 JWT signed with `secret`, written by hand so the fuzz needs no library to make bad tokens. */
export function hs256(payload: Record<string, unknown>, secret: string, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
