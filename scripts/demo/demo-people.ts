import type { Gender, ReferrerKind } from '../../libs/persistence/entities';

/**
 * The people `up` puts in each preset program, and where each stands: the
 * demo's whole description. The driver (run-demo.ts) creates them through the
 * API and drives their paths and courses there, so every state below is one
 * the engine reached by its own commands.
 */

/** How far a mentor's path is taken. */
export type MentorStage = 'applied' | 'screening' | 'available' | 'paused';

/**
 * How far a young person's course is taken: `measurement-due` is active with
 * the start's measurements not yet submitted (the nearest honest state to an
 * overdue one, which takes the policy's 14 days); `escalated` is active with a
 * WHO-5 in the high-risk band (where the policy measures WHO-5) and a concern
 * raised by her coordinator, both open.
 */
export type CourseStage = 'awaiting-consent' | 'matching' | 'active' | 'measurement-due' | 'escalated' | 'closed';

export interface Profile {
  languages?: string[];
  interests?: string[];
  area?: string;
  availability?: string[];
}

export interface DemoMentor {
  name: string;
  gender: Gender;
  path: MentorStage;
  profile?: Profile;
}

export interface DemoYoungPerson {
  name: string;
  gender: Gender;
  birthDate: string;
  course: CourseStage;
  /** The mentor she is matched with (a mentor's name from the same program); none before a match. */
  mentor?: string;
  wishes?: Profile;
}

export interface DemoProgram {
  /** The preset's slug: the program must already exist (`up` loads the presets first). */
  slug: string;
  municipality: string;
  /** The first coordinates the whole program; a municipal one works for `municipality` only. */
  coordinators: Array<{ name: string; municipal?: boolean }>;
  referrer: { name: string; kind: ReferrerKind };
  /** Together they answer every category of the presets' escalation policy. */
  panel: Array<{ name: string; profession: string; categories: string[] }>;
  mentors: DemoMentor[];
  youngPeople: DemoYoungPerson[];
}

export type DemoRole = 'coordinator' | 'mentor' | 'panel' | 'referrer' | 'mentee';

/** `mette.coordinator@pift.demo.mentorflow.dk`: first name and role, under `.demo`, so nobody mistakes it for a real address. */
export function demoAddress(name: string, role: DemoRole, programSlug: string): string {
  const first = name.split(' ')[0].toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  return `${first}.${role}@${programSlug}.demo.mentorflow.dk`;
}

const PANEL_CATEGORIES = { psychologist: ['mental-health'], social: ['social', 'engagement'], guidance: ['education-and-work', 'other'] };
const NEAR = (area: string): Profile => ({
  languages: ['danish'],
  interests: ['football', 'music'],
  area,
  availability: ['weekday-evenings'],
});

export const DEMO_PROGRAMS: DemoProgram[] = [
  {
    slug: 'pift',
    municipality: 'Odense',
    coordinators: [{ name: 'Mette Kjær' }, { name: 'Lise Holm', municipal: true }],
    referrer: { name: 'Lene Dahl', kind: 'youth-guidance-counsellor' },
    panel: [
      { name: 'Sofie Brandt', profession: 'psychologist', categories: PANEL_CATEGORIES.psychologist },
      { name: 'Hanne Friis', profession: 'social worker', categories: PANEL_CATEGORIES.social },
      { name: 'Karen Vestergaard', profession: 'study counsellor', categories: PANEL_CATEGORIES.guidance },
    ],
    mentors: [
      { name: 'Anne Berg', gender: 'female', path: 'applied' },
      { name: 'Birgitte Møller', gender: 'female', path: 'screening' },
      { name: 'Camilla Juhl', gender: 'female', path: 'available', profile: NEAR('Odense C') },
      { name: 'Dorthe Lind', gender: 'female', path: 'paused' },
      { name: 'Eva Thomsen', gender: 'female', path: 'available', profile: { languages: ['danish', 'arabic'], area: 'Vollsmose' } },
      { name: 'Freja Nielsen', gender: 'female', path: 'available' },
      { name: 'Gitte Sørensen', gender: 'female', path: 'available' },
      { name: 'Ida Poulsen', gender: 'female', path: 'available', profile: NEAR('Odense SØ') },
    ],
    youngPeople: [
      { name: 'Aisha Nour', gender: 'female', birthDate: '2008-04-17', course: 'awaiting-consent' },
      { name: 'Maja Larsen', gender: 'female', birthDate: '2007-09-02', course: 'matching', wishes: NEAR('Odense C') },
      { name: 'Sara Ali', gender: 'female', birthDate: '2005-01-23', course: 'active', mentor: 'Eva Thomsen' },
      { name: 'Emma Krogh', gender: 'female', birthDate: '2004-06-11', course: 'measurement-due', mentor: 'Freja Nielsen' },
      { name: 'Nadia Hussein', gender: 'female', birthDate: '2003-11-30', course: 'escalated', mentor: 'Gitte Sørensen' },
      { name: 'Julie Winther', gender: 'female', birthDate: '2002-02-08', course: 'closed', mentor: 'Ida Poulsen' },
    ],
  },
  {
    slug: 'young-connect-ii',
    municipality: 'Aarhus',
    coordinators: [{ name: 'Rikke Dam' }, { name: 'Peter Skov', municipal: true }],
    referrer: { name: 'Bente Kjeldsen', kind: 'caseworker' },
    panel: [
      { name: 'Mikkel Bach', profession: 'psychologist', categories: PANEL_CATEGORIES.psychologist },
      { name: 'Tove Rasmussen', profession: 'social worker', categories: PANEL_CATEGORIES.social },
      { name: 'Ole Christensen', profession: 'study counsellor', categories: PANEL_CATEGORIES.guidance },
    ],
    mentors: [
      { name: 'Thomas Lund', gender: 'male', path: 'applied' },
      { name: 'Louise Krag', gender: 'female', path: 'screening' },
      { name: 'Martin Egholm', gender: 'male', path: 'available', profile: NEAR('Aarhus N') },
      { name: 'Pernille Bak', gender: 'female', path: 'paused' },
      { name: 'Søren Mortensen', gender: 'male', path: 'available' },
      { name: 'Kirsten Bech', gender: 'female', path: 'available' },
      { name: 'Henrik Juul', gender: 'male', path: 'available' },
      { name: 'Jens Kristiansen', gender: 'male', path: 'available', profile: NEAR('Gellerup') },
    ],
    youngPeople: [
      { name: 'Mads Iversen', gender: 'male', birthDate: '2009-05-19', course: 'awaiting-consent' },
      { name: 'Oliver Madsen', gender: 'male', birthDate: '2006-12-01', course: 'matching', wishes: NEAR('Aarhus N') },
      { name: 'Ahmad Rahimi', gender: 'male', birthDate: '2005-08-14', course: 'active', mentor: 'Søren Mortensen' },
      { name: 'Clara Frost', gender: 'female', birthDate: '2004-03-27', course: 'measurement-due', mentor: 'Kirsten Bech' },
      { name: 'William Hald', gender: 'male', birthDate: '2003-10-05', course: 'escalated', mentor: 'Henrik Juul' },
      { name: 'Noah Ebbesen', gender: 'male', birthDate: '2002-07-21', course: 'closed', mentor: 'Jens Kristiansen' },
    ],
  },
  {
    slug: 'aalborg-mentor-corps',
    municipality: 'Aalborg',
    coordinators: [{ name: 'Susanne Ravn' }, { name: 'Kasper Høj', municipal: true }],
    referrer: { name: 'Inge Munk', kind: 'caseworker' },
    panel: [
      { name: 'Anders Toft', profession: 'psychologist', categories: PANEL_CATEGORIES.psychologist },
      { name: 'Marianne Lauridsen', profession: 'social worker', categories: PANEL_CATEGORIES.social },
      { name: 'Niels Bundgaard', profession: 'job consultant', categories: PANEL_CATEGORIES.guidance },
    ],
    mentors: [
      { name: 'Jakob Storm', gender: 'male', path: 'applied' },
      { name: 'Heidi Kjærgaard', gender: 'female', path: 'screening' },
      { name: 'Morten Vinther', gender: 'male', path: 'available', profile: NEAR('Aalborg Øst') },
      { name: 'Lone Jessen', gender: 'female', path: 'paused' },
      { name: 'Rasmus Dalgaard', gender: 'male', path: 'available' },
    ],
    youngPeople: [
      { name: 'Lucas Brix', gender: 'male', birthDate: '2006-01-09', course: 'awaiting-consent' },
      { name: 'Mathilde Sand', gender: 'female', birthDate: '2005-04-30', course: 'matching', wishes: NEAR('Aalborg Øst') },
      { name: 'Yusuf Demir', gender: 'male', birthDate: '2004-09-16', course: 'active', mentor: 'Rasmus Dalgaard' },
      { name: 'Sofie Lykke', gender: 'female', birthDate: '2003-12-12', course: 'measurement-due', mentor: 'Rasmus Dalgaard' },
      { name: 'Victor Enevoldsen', gender: 'male', birthDate: '2002-05-25', course: 'escalated', mentor: 'Rasmus Dalgaard' },
      { name: 'Frederik Bøgh', gender: 'male', birthDate: '2001-08-03', course: 'closed', mentor: 'Morten Vinther' },
    ],
  },
  {
    slug: 'vallensbaek',
    municipality: 'Vallensbæk',
    coordinators: [{ name: 'Dorte Gram' }, { name: 'Jesper Krog', municipal: true }],
    referrer: { name: 'Annette Holst', kind: 'caseworker' },
    panel: [
      { name: 'Camilla Brun', profession: 'psychologist', categories: PANEL_CATEGORIES.psychologist },
      { name: 'Bo Iversen', profession: 'social worker', categories: PANEL_CATEGORIES.social },
      { name: 'Hanne Storgaard', profession: 'job consultant', categories: PANEL_CATEGORIES.guidance },
    ],
    mentors: [
      { name: 'Kim Hviid', gender: 'male', path: 'applied' },
      { name: 'Maria Due', gender: 'female', path: 'screening' },
      { name: 'Christian Holt', gender: 'male', path: 'available', profile: NEAR('Vallensbæk Strand') },
      { name: 'Tina Frandsen', gender: 'female', path: 'paused' },
      { name: 'Ali Hassan', gender: 'male', path: 'available', profile: { languages: ['danish', 'arabic'] } },
      { name: 'Lotte Riis', gender: 'female', path: 'available' },
    ],
    youngPeople: [
      { name: 'Omar Saleh', gender: 'male', birthDate: '2006-02-14', course: 'awaiting-consent' },
      { name: 'Ida Mølgaard', gender: 'female', birthDate: '2005-10-08', course: 'matching', wishes: NEAR('Vallensbæk Strand') },
      { name: 'Karim Aziz', gender: 'male', birthDate: '2004-07-01', course: 'active', mentor: 'Ali Hassan' },
      { name: 'Laura Bang', gender: 'female', birthDate: '2003-01-19', course: 'measurement-due', mentor: 'Lotte Riis' },
      { name: 'Elias Nørgaard', gender: 'male', birthDate: '2002-11-22', course: 'escalated', mentor: 'Ali Hassan' },
      { name: 'Anton Kirk', gender: 'male', birthDate: '2001-06-06', course: 'closed', mentor: 'Christian Holt' },
    ],
  },
];
