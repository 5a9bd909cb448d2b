import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { programWorkflowId } from '../workflows/program/messages';
import { engineSuite } from './support/engine';

/**
 * Workflow payloads on the real stack are encrypted (global-setup configures a
 * key, as a deployment does): Temporal stores ciphertext, and the codec server
 * gives an operator, and nobody else, the clear payloads.
 */
describe('payload encryption and the codec server, through the real API, worker and Temporal', () => {
  const suite = engineSuite();
  const engine = () => suite.engine;
  const http = () => suite.http;

  it('stores workflow inputs as ciphertext that only the codec server, for an operator, opens', async () => {
    const slug = `codec-${randomUUID().slice(0, 8)}`;
    await http().post('/programs').set(engine().auth('coordinator')).send({ preset: 'pift', slug }).expect(201);
    // A client without the key sees what Temporal stores.
    const raw = new Client({ connection: engine().api.get(Client).connection, namespace: engine().api.get(Client).options.namespace });
    const history = await raw.workflow.getHandle(programWorkflowId(slug)).fetchHistory();
    const [input] = history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads!;
    expect(Buffer.from(input.metadata!.encoding!).toString()).toBe('binary/encrypted');
    expect(Buffer.from(input.metadata!['encryption-key-id']!).toString()).toBe('test-1');
    expect(Buffer.from(input.data!).toString('latin1')).not.toContain(slug);

    const asJson = { metadata: Object.fromEntries(Object.entries(input.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')])), data: Buffer.from(input.data!).toString('base64') };
    const decoded = await http().post('/codec/decode').set(engine().auth('operator')).send({ payloads: [asJson] }).expect(200);
    const [clear] = decoded.body.payloads;
    expect(Buffer.from(clear.metadata.encoding, 'base64').toString()).toBe('json/plain');
    expect(Buffer.from(clear.data, 'base64').toString()).toContain(`"slug":"${slug}"`);

    // The Temporal CLI sends an empty list as `{}` (protobuf JSON leaves it out).
    expect((await http().post('/codec/decode').set(engine().auth('operator')).send({}).expect(200)).body).toEqual({ payloads: [] });
    await http().post('/codec/decode').set(engine().auth('coordinator')).send({ payloads: [asJson] }).expect(403);
    await http().post('/codec/decode').send({ payloads: [asJson] }).expect(401);
    const tampered = { ...asJson, data: Buffer.from('garbage garbage garbage garbage').toString('base64') };
    const refused = await http().post('/codec/decode').set(engine().auth('operator')).send({ payloads: [tampered] }).expect(400);
    expect(refused.body.message).toMatch(/^payloads cannot be decoded: /);

    // The Web UI's own origin may call it from the browser; its preflight needs no token.
    const preflight = await http().options('/codec/decode').set('Origin', 'http://localhost:8233').expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:8233');
    expect((await http().options('/codec/decode').set('Origin', 'https://evil.example').expect(204)).headers['access-control-allow-origin']).toBeUndefined();
  });
});
