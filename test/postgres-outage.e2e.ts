import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '../libs/config/load-config';
import { runMigrations } from '../scripts/stack/migrate';
import { Engine, startEngine } from './support/engine';
import { freePort } from '../scripts/stack/free-port';
import { PostgresProcess } from '../scripts/stack/postgres-process';

/**
 * PostgreSQL going away under a running engine (its own database here, so the
 * other test files keep theirs): the API answers 503 at once, not 500 and not
 * a hang, and when the database is back everything written before is there
 * and the API serves again without a restart.
 */
describe('a PostgreSQL outage, through the real API', () => {
  const dataDir = join(tmpdir(), `mentorflow-outage-${randomUUID()}`);
  let port: number;
  let database: PostgresProcess;
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let sharedDatabaseUrl: string | undefined;

  beforeAll(async () => {
    port = await freePort();
    database = await PostgresProcess.start(dataDir, port);
    sharedDatabaseUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    await runMigrations(loadConfig().database);
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
    await database?.stop();
    process.env.DATABASE_URL = sharedDatabaseUrl;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 within seconds while the database is down, and serves what was written once it is back', async () => {
    const admin = engine.admin();
    const { id } = (
      await http
        .post('/municipalities')
        .set(admin)
        .send({ name: `Before the outage ${randomUUID().slice(0, 8)}` })
        .expect(201)
    ).body;

    await database.stop();
    for (const attempt of [
      () => http.get('/municipalities').set(admin),
      () => http.post('/municipalities').set(admin).send({ name: 'During the outage' }),
    ]) {
      const started = Date.now();
      const response = await attempt();
      expect({ status: response.status, message: response.body.message }).toEqual({
        status: 503,
        message: 'the database is not reachable; try again shortly',
      });
      expect(Date.now() - started).toBeLessThan(8000);
    }

    database = await PostgresProcess.start(dataDir, port);
    const after = (await http.get('/municipalities').set(admin).expect(200)).body as Array<{ id: string; name: string }>;
    expect(after.map((municipality) => municipality.id)).toEqual([id]);
    expect(after.some((municipality) => municipality.name === 'During the outage')).toBe(false);
  }, 60_000);
});
