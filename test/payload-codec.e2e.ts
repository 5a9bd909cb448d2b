import { Client, WorkflowFailedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../libs/config/app-config';
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
    await http().post('/programs').set(engine().admin()).send({ preset: 'pift', slug }).expect(201);
    // A client without the key sees what Temporal stores.
    const raw = new Client({ connection: engine().api.get(Client).connection, namespace: engine().api.get(Client).options.namespace });
    const history = await raw.workflow.getHandle(programWorkflowId(slug)).fetchHistory();
    const [input] = history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads!;
    expect(Buffer.from(input.metadata!.encoding!).toString()).toBe('binary/encrypted');
    expect(Buffer.from(input.metadata!['encryption-key-id']!).toString()).toBe('test-1');
    expect(Buffer.from(input.data!).toString('latin1')).not.toContain(slug);

    const asJson = {
      metadata: Object.fromEntries(Object.entries(input.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')])),
      data: Buffer.from(input.data!).toString('base64'),
    };
    const decoded = await http()
      .post('/codec/decode')
      .set(engine().auth('operator'))
      .send({ payloads: [asJson] })
      .expect(200);
    const [clear] = decoded.body.payloads;
    expect(Buffer.from(clear.metadata.encoding, 'base64').toString()).toBe('json/plain');
    expect(Buffer.from(clear.data, 'base64').toString()).toContain(`"slug":"${slug}"`);

    // The Temporal CLI sends an empty list as `{}` (protobuf JSON leaves it out).
    expect((await http().post('/codec/decode').set(engine().auth('operator')).send({}).expect(200)).body).toEqual({ payloads: [] });
    await http()
      .post('/codec/decode')
      .set(engine().auth('coordinator'))
      .send({ payloads: [asJson] })
      .expect(403);
    await http()
      .post('/codec/decode')
      .send({ payloads: [asJson] })
      .expect(401);
    const tampered = { ...asJson, data: Buffer.from('garbage garbage garbage garbage').toString('base64') };
    const refused = await http()
      .post('/codec/decode')
      .set(engine().auth('operator'))
      .send({ payloads: [tampered] })
      .expect(400);
    expect(refused.body.message).toMatch(/^payloads cannot be decoded: /);

    // The Web UI's own origin may call it from the browser; its preflight needs no token.
    const preflight = await http().options('/codec/decode').set('Origin', 'http://localhost:8233').expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:8233');
    expect(
      (await http().options('/codec/decode').set('Origin', 'https://evil.example').expect(204)).headers['access-control-allow-origin'],
    ).toBeUndefined();
  });

  it('stores failure messages and stack traces as ciphertext too, read in clear through the key', async () => {
    // A program workflow for a program that does not exist fails on its first
    // activity with a message naming the id: the recognisable string.
    const missingProgramId = randomUUID();
    const client = engine().api.get(Client);
    const handle = await client.workflow.start('programLifecycle', {
      taskQueue: engine().api.get(AppConfig).temporal.taskQueues.main,
      workflowId: `codec-failure-${randomUUID()}`,
      args: [{ programId: missingProgramId, slug: `codec-failure-${randomUUID().slice(0, 8)}` }],
    });
    const failure = await handle.result().then(
      () => undefined,
      (error: unknown) => error,
    );
    // Through the key, the whole chain reads as it was thrown.
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    const thrown = (failure as WorkflowFailedError).cause?.cause as Error | undefined;
    expect(thrown?.message).toBe(`program ${missingProgramId} does not exist`);
    expect(thrown?.stack).toContain('program.activities');

    // Without the key, the history holds neither the message nor the activity's stack, only ciphertext.
    const raw = new Client({ connection: client.connection, namespace: client.options.namespace });
    const { events } = await raw.workflow.getHandle(handle.workflowId).fetchHistory();
    const activityFailed = events!.find((event) => event.activityTaskFailedEventAttributes)!.activityTaskFailedEventAttributes!.failure!;
    const workflowFailed = events!.find((event) => event.workflowExecutionFailedEventAttributes)!.workflowExecutionFailedEventAttributes!
      .failure!;
    for (const stored of [activityFailed, workflowFailed.cause!]) {
      expect(stored.message).toBe('Encoded failure');
      expect(stored.stackTrace).toBe('');
      expect(Buffer.from(stored.encodedAttributes!.metadata!.encoding!).toString()).toBe('binary/encrypted');
    }
    expect(everyStringIn(events)).not.toContain(missingProgramId);
    expect(everyStringIn(events)).not.toContain('program.activities');
  });
});

/** Every string and byte array (read as Latin-1) in a history, joined: what someone without the key could read. */
function everyStringIn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('latin1');
  if (value && typeof value === 'object') return Object.values(value).map(everyStringIn).join('\n');
  return '';
}
