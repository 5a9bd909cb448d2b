import { randomUUID } from 'node:crypto';
import { BenchClient } from '../api-client';
import { logMeeting, pickOne } from '../log-meeting';
import { CommandKind, OnceEach } from './command-mix';

/** The courses the load's commands go to. */
export interface CommandTargets {
  /** Active, their first meeting logged (openCourse). */
  active: string[];
  /** Opened up to their match proposal (proposeCourse), neither party having answered. */
  proposed: string[];
}

/**
 * The measurements a course on the bench's policy (PIFT's) has due from its start ("0d"), a slot each, taken once. The WHO-5 scores
 * 60, above the poor band: it raises no escalation, as most do not.
 */
const START_MEASUREMENTS = [
  { instrument: 'who5', duePoint: '0d', answers: [3, 3, 3, 3, 3] },
  { instrument: 'self-efficacy', duePoint: '0d', answers: Array<number>(10).fill(3) },
  { instrument: 'status', duePoint: '0d', status: 'education' },
] as const;

const MISSED_BY = ['young-person', 'mentor', 'both'] as const;
const CHECK_IN_PARTIES = ['young-person', 'mentor', 'referrer'] as const;
const PARTIES = ['young-person', 'mentor'] as const;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Sends one command of a kind, each valid at any moment of the load, so every one must be answered 200 (a 409 is an error of
 * the step, as any other answer):
 * - a meeting, a missed meeting and a check-in, today, on any active course: none is refused for being one too many, and a
 *   run of missed meetings raises an escalation, which the command still answers 200;
 * - a measurement on an active course, in one of its start slots, each slot once: a second answer to a slot is refused;
 * - a review on an active course, each once: its policy has one due from a second after the match (run-scale.ts) and the next
 *   at six months, and a course with none due refuses it;
 * - an answer to a proposal, each party of each proposed course once: the second accept agrees the match (the course then waits
 *   for its agreement), and a party that answered already is refused.
 * The pools of what can be taken once last the whole run, across its steps.
 */
export function courseCommands(targets: CommandTargets): (client: BenchClient, kind: CommandKind) => Promise<void> {
  const measurements = new OnceEach(
    targets.active.flatMap((mentorshipId) => START_MEASUREMENTS.map((slot) => ({ mentorshipId, slot }))),
    'measurement slot',
  );
  const reviews = new OnceEach(targets.active, 'course with a review due');
  const answers = new OnceEach(
    targets.proposed.flatMap((mentorshipId) => PARTIES.map((party) => ({ mentorshipId, party }))),
    'proposal to answer',
  );
  const course = (mentorshipId: string) => `/mentorships/${mentorshipId}`;
  const send = async (client: BenchClient, path: string, body: object) => void (await client.send('POST', path, body, [200]));
  return async (client, kind) => {
    switch (kind) {
      case 'meeting':
        return logMeeting(client, pickOne(targets.active));
      case 'missed-meeting':
        return send(client, `${course(pickOne(targets.active))}/missed-meetings`, {
          id: randomUUID(),
          plannedOn: today(),
          missedBy: pickOne([...MISSED_BY]),
        });
      case 'check-in':
        return send(client, `${course(pickOne(targets.active))}/check-ins`, {
          id: randomUUID(),
          party: pickOne([...CHECK_IN_PARTIES]),
          heldOn: today(),
        });
      case 'measurement': {
        const { mentorshipId, slot } = measurements.take();
        return send(client, `${course(mentorshipId)}/measurements`, { id: randomUUID(), measuredOn: today(), ...slot });
      }
      case 'review':
        return send(client, `${course(reviews.take())}/reviews`, { decision: 'continue' });
      case 'answer': {
        const { mentorshipId, party } = answers.take();
        return send(client, `${course(mentorshipId)}/proposals/answer`, { party, answer: 'accept' });
      }
    }
  };
}
