// GraphQL over HTTP at /graphql, on Node's own request and response. Express serves everything else; on this path
// its router, body parser and res.send (which hashes every answer into an ETag, POST or not) cost about a tenth of
// the API's CPU on a small query (bench/analysis.md). What the path answers is what it answered behind Express:
// CORS from the allowlist, JSON bodies up to the limit, the token limit, then Apollo.
import { createHash } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import cors from 'cors';
import { httpErrorBody } from './errors.js';
import { tokenLimitRefusal } from './limits.js';

export interface GraphQLEndpointOptions<Context extends object> {
  apollo: ApolloServer<Context>;
  context: (req: IncomingMessage) => Promise<Context>;
  /** '*' allows any origin (development default); an empty list allows none. */
  corsOrigins: string[];
  bodyLimitBytes: number;
  maxTokens: number;
}

/** Paths the endpoint answers: /graphql, with or without a trailing slash, and any query string. */
export function isGraphQLPath(url: string | undefined): boolean {
  const path = url?.split('?', 1)[0];
  return path === '/graphql' || path === '/graphql/';
}

/** A request refused before Apollo sees it, with the status and the message it is answered with. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const decompressors: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: zlib.createGunzip,
  deflate: zlib.createInflate,
  br: zlib.createBrotliDecompress,
};

/** The body as text, decompressed, refused past `limit` bytes (as sent when not compressed, else as decompressed). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new Refusal(413, 'The request body is larger than the limit (BODY_LIMIT).');
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity' && Number(req.headers['content-length']) > limit) return Promise.reject(tooLarge());
  if (encoding !== 'identity' && !decompressors[encoding]) {
    return Promise.reject(new Refusal(415, `Unsupported Content-Encoding "${encoding}": send the body as gzip, deflate, br or uncompressed.`));
  }
  const stream: Readable = encoding === 'identity' ? req : req.pipe(decompressors[encoding]());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return chunks.push(chunk);
      reject(tooLarge());
      stream.removeAllListeners('data');
      if (stream !== req) {
        req.unpipe();
        stream.destroy();
      }
      // The rest is read and dropped, so the connection can still carry the answer.
      req.resume();
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    const unreadable = encoding === 'identity' ? 'the body could not be read' : `the body is not valid ${encoding}`;
    stream.on('error', () => reject(new Refusal(400, `Bad request: ${unreadable}.`)));
    // A client that goes away mid-body fails the request itself, not the decompressor it feeds.
    if (stream !== req) req.on('error', () => reject(new Refusal(400, 'Bad request: the body could not be read.')));
  });
}

/**
 * What Apollo gets as the body of a POST: the parsed JSON object (or array) for application/json, nothing
 * otherwise (Apollo then names the missing body or, without a preflight-forcing content type, refuses it as CSRF).
 */
async function parsedBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const [mediaType, ...params] = (req.headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') {
    req.resume();
    return undefined;
  }
  const charset = params
    .find((param) => param.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new Refusal(415, `Unsupported charset "${charset}": send the body as UTF-8.`);
  const text = await readBody(req, limit);
  if (text.trim() === '') return {};
  // A GraphQL request is an object (an array would be a batch, which Apollo refuses by name).
  const first = text.trimStart()[0];
  try {
    if (first !== '{' && first !== '[') throw new SyntaxError('not an object');
    return JSON.parse(text);
  } catch {
    throw new Refusal(400, 'Bad request: the body is not valid JSON.');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Persisted queries over GET are what browsers and CDNs cache: a weak ETag lets them revalidate with a 304. */
function answeredFromCache(req: IncomingMessage, res: ServerResponse, body: string): boolean {
  const tag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  res.setHeader('ETag', tag);
  if (req.headers['if-none-match'] !== tag) return false;
  res.statusCode = 304;
  res.end();
  return true;
}

export function graphqlEndpoint<Context extends object>(options: GraphQLEndpointOptions<Context>): RequestListener {
  const allowOrigins = cors<cors.CorsRequest>({ origin: options.corsOrigins.includes('*') ? true : options.corsOrigins, maxAge: 600 });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const search = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    const body = method === 'POST' ? await parsedBody(req, options.bodyLimitBytes) : undefined;
    const query = method === 'GET' ? new URLSearchParams(search).get('query') : (body as { query?: unknown } | undefined)?.query;
    const refusal = tokenLimitRefusal(query, options.maxTokens);
    if (refusal) return sendJson(res, 400, refusal);

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: () => options.context(req),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (method === 'GET' && res.statusCode === 200 && answeredFromCache(req, res, response.body.string)) return;
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    allowOrigins(req, res, () => {
      answer(req, res).catch((error: unknown) => {
        if (res.destroyed) return; // the client went away
        if (res.headersSent) {
          console.error('Request failed while answering:', error);
          return res.end();
        }
        if (error instanceof Refusal) return sendJson(res, error.status, httpErrorBody(error.status, error.message));
        console.error('Unexpected request error:', error);
        sendJson(res, 500, httpErrorBody(500, 'Internal server error'));
      });
    });
  };
}
