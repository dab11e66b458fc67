// A GraphQL client over one keep-alive connection (sequential requests): little client-side work in the timings.
import http from 'node:http';

export interface GraphQLResult {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function postGraphQL(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, ...JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (error) {
            reject(new Error(`${url}: answer is not JSON (HTTP ${response.statusCode}): ${(error as Error).message}`));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export function closeClient(): void {
  agent.destroy();
}
