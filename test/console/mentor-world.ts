import request from 'supertest';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import type { Engine } from '../support/engine';
import { activeCourse, approvedMentor, consoleProgram, poster } from './console-world';

export interface MentorWorld {
  mentor: { id: string; email: string };
  panel: { id: string; email: string };
  coordinatorAuth: { Authorization: string };
  /** Her course with Aisha, active since today. */
  mentorshipId: string;
  /** Another mentor's course, active too: not hers to see. */
  otherMentorshipId: string;
  /** A mentor who applied once the program required screening steps and the course: her interview passed, the rest outstanding. */
  applicant: { id: string; email: string };
}

/** What the program asks of a mentor applying after the two were matched: three screening steps and the mentor course. */
const SCREENED_POLICY = {
  ...FAST_START_POLICY,
  screening: { ...FAST_START_POLICY.screening, steps: ['interview', 'references', 'criminal-record-check'] },
  course: { ...FAST_START_POLICY.course, required: true },
};

/**
 * A mentor's and a panel member's phone pages: a program with a psychologist on its panel for mental health, two mentors (each
 * with an address to sign in with), each matched today with a young person through the API, and a third in screening.
 */
export async function mentorWorld(engine: Engine): Promise<MentorWorld> {
  const program = await consoleProgram(engine, 'mentor', 'Mentortest');
  const matched = async (name: string, email: string, youngName: string) => {
    const mentorId = await approvedMentor(engine, program, { name, email, language: 'da' });
    return { mentorId, mentorshipId: await activeCourse(engine, program, mentorId, youngName) };
  };
  const mentorEmail = `maria-${program.slug}@example.dk`;
  const hers = await matched('Maria Berg', mentorEmail, 'Aisha Nour');
  const other = await matched('Lone Vik', `lone-${program.slug}@example.dk`, 'Sofie Holm');

  const revise = request(engine.api.getHttpServer()).put(`/programs/${program.programId}/policy`).set(engine.admin());
  await revise.send({ policy: SCREENED_POLICY }).expect(200);
  const post = poster(engine, program.coordinatorAuth);
  const applicantEmail = `nadia-${program.slug}@example.dk`;
  const { id: applicantId } = await post('/mentors', {
    contact: { name: 'Nadia Amin', email: applicantEmail, language: 'da' },
    programId: program.programId,
    municipalityId: program.municipalityId,
  });
  await post(`/mentors/${applicantId}/application`, {}, 200);
  await post(`/mentors/${applicantId}/path/begin-screening`, {}, 200);
  await post(`/mentors/${applicantId}/path/screening-steps`, { step: 'interview', result: 'passed' }, 200);
  return {
    mentor: { id: hers.mentorId, email: mentorEmail },
    panel: program.panel,
    coordinatorAuth: program.coordinatorAuth,
    mentorshipId: hers.mentorshipId,
    otherMentorshipId: other.mentorshipId,
    applicant: { id: applicantId, email: applicantEmail },
  };
}
