import { randomUUID } from 'node:crypto';
import { engineSuite } from './support/engine';

/** The defect "an archived mentor keeps full access until her token expires". */
describe('an archived mentor', () => {
  const suite = engineSuite();
  const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

  it('loses access at once: her still-valid token is refused after she is archived', async () => {
    const { http, engine } = suite;
    const coordinator = engine.auth('coordinator');
    const { id: programId } = (await http.post('/programs').set(coordinator).send({ preset: 'pift', slug: unique('archived') }).expect(201)).body;
    const { id: mentorId } = (await http.post('/mentors').set(coordinator).send({ contact: { name: 'Maria Berg' }, programId }).expect(201)).body;
    const mentor = engine.auth('mentor', mentorId);
    await http.get('/nudges').set(mentor).expect(200);

    await http.delete(`/mentors/${mentorId}`).set(coordinator).expect(200);

    await http.get('/nudges').set(mentor).expect(401);
  });
});
