import type { Role } from '../../libs/auth/roles';
import { DEMO_PROGRAMS } from './demo-people';
import type { ProgramDemo } from './run-demo';

/** One address to sign in with as a role, and what that person finds there. */
export interface DemoSignIn {
  role: Role;
  email: string;
  /** Who she is in the demo, in a few words. */
  who: string;
}

/**
 * One person per role from a program's demo, each chosen for what she has to
 * look at: the coordinator of the whole program and a municipal one, the
 * mentor of an active course, the psychologist the high-risk WHO-5 went to,
 * and the referrer who referred everyone.
 */
export function demoSignIns(demo: ProgramDemo): DemoSignIn[] {
  const program = DEMO_PROGRAMS.find((candidate) => candidate.slug === demo.slug)!;
  const { cast } = demo;
  const activeMentor = program.youngPeople.find((person) => person.course === 'active')!.mentor;
  const mentor = cast.mentors.find((person) => person.name === activeMentor)!;
  const psychologist = cast.panel[program.panel.findIndex((member) => member.categories.includes('mental-health'))];
  return [
    { role: 'coordinator', email: cast.coordinators[0].email, who: `${cast.coordinators[0].name}, coordinates ${demo.slug}` },
    { role: 'coordinator', email: cast.coordinators[1].email, who: `${cast.coordinators[1].name}, municipal coordinator` },
    { role: 'mentor', email: mentor.email, who: `${mentor.name}, mentor of an active course` },
    { role: 'panel', email: psychologist.email, who: `${psychologist.name}, psychologist; an urgent escalation waits` },
    { role: 'referrer', email: cast.referrer.email, who: `${cast.referrer.name}, referred the program's young people` },
  ];
}
