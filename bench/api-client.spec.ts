import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { BenchClient } from './api-client';

/** A server that answers each request with the next status of `statuses`, keeping what it was sent. */
async function scriptedServer(
  statuses: number[],
): Promise<{ url: string; received: Array<{ headers: IncomingHttpHeaders; body: string }>; server: Server }> {
  const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)];
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ status }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

describe('BenchClient', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('sends a write again after a 503 with the same Idempotency-Key and body, and counts it', async () => {
    const scripted = await scriptedServer([503, 503, 201]);
    server = scripted.server;
    const client = new BenchClient(scripted.url, 'token', 1);

    const answer = await client.send('POST', '/things', { id: 'a' });

    expect(answer).toEqual({ status: 201, body: { status: 201 } });
    expect(scripted.received).toHaveLength(3);
    expect(new Set(scripted.received.map(({ headers }) => headers['idempotency-key'])).size).toBe(1);
    expect(scripted.received.map(({ body }) => body)).toEqual(Array(3).fill('{"id":"a"}'));
    expect(client.resent).toBe(2);
    expect(client.latencies.count).toBe(1);
  });

  it('fails the run when the API stays unavailable, saying how often it sent', async () => {
    const scripted = await scriptedServer([503]);
    server = scripted.server;
    const client = new BenchClient(scripted.url, 'token', 1);

    await expect(client.send('POST', '/things', {})).rejects.toThrow('POST /things answered 503 (send 4)');
    expect(scripted.received).toHaveLength(4);
  });

  it('does not send a read again, nor a write refused for what it is', async () => {
    const scripted = await scriptedServer([409, 503]);
    server = scripted.server;
    const client = new BenchClient(scripted.url, 'token', 1);

    await expect(client.send('POST', '/things', {})).rejects.toThrow('answered 409');
    await expect(client.send('GET', '/things')).rejects.toThrow('answered 503:');
    expect(scripted.received).toHaveLength(2);
    expect(client.resent).toBe(0);
  });
});
