import type { ProgramPolicy } from '../../libs/domain/policy/program-policy';
import type { MentorshipState } from '../../workflows/mentorship/messages';
import type { Actor, DemoApi } from './demo-api';
import { DemoCast, ensureCast } from './demo-cast';
import { driveCourse } from './demo-course';
import { driveMentorPath } from './demo-mentor-path';
import type { ProgramContext } from './demo-program-context';
import { DEMO_PROGRAMS, DemoProgram } from './demo-people';

/** One program's demo as the engine holds it after the run. */
export interface ProgramDemo {
  slug: string;
  cast: DemoCast;
  courses: MentorshipState[];
}

/**
 * Puts the demo's people in the program and takes their paths and courses to
 * the stages the description gives, all through the API. Safe to run again:
 * it finds what is there and does only what is missing.
 */
export async function runProgramDemo(api: DemoApi, program: DemoProgram, programId: string, setUpBy: Actor): Promise<ProgramDemo> {
  const { policy } = await api.get<{ policy: ProgramPolicy }>(`/programs/${programId}`, setUpBy);
  const cast = await ensureCast(api, program, programId, setUpBy);
  const coordinator: Actor = { role: 'coordinator', id: cast.coordinators[0].id };
  for (const [index, mentor] of program.mentors.entries())
    await driveMentorPath(api, cast.mentors[index].id, mentor.path, policy, coordinator);

  const referrals = await api.get<Array<{ id: string; youngPersonId: string }>>(`/referrals?programId=${programId}`, coordinator);
  const ctx: ProgramContext = {
    api,
    programId,
    policy,
    coordinator,
    referrer: { role: 'referrer', id: cast.referrer.id },
    mentorIds: new Map(program.mentors.map((mentor, index) => [mentor.name, cast.mentors[index].id])),
    referralIds: new Map(referrals.map((referral) => [referral.youngPersonId, referral.id])),
  };
  const courses: MentorshipState[] = [];
  for (const [index, person] of program.youngPeople.entries()) courses.push(await driveCourse(ctx, person, cast.youngPeople[index].id));
  return { slug: program.slug, cast, courses };
}

/** The demo in every preset program `up` loaded (a program the database lacks is left out), the programs side by side. */
export async function runDemo(api: DemoApi, setUpBy: Actor, programs: DemoProgram[] = DEMO_PROGRAMS): Promise<ProgramDemo[]> {
  const existing = await api.get<Array<{ id: string; slug: string }>>('/programs', setUpBy);
  const ids = new Map(existing.map((program) => [program.slug, program.id]));
  const present = programs.filter((program) => ids.has(program.slug));
  return Promise.all(present.map((program) => runProgramDemo(api, program, ids.get(program.slug)!, setUpBy)));
}
