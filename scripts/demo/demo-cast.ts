import type { Actor, DemoApi } from './demo-api';
import { demoAddress, DemoProgram, DemoRole } from './demo-people';

/** A person the demo made (or found), with the address she signs in with. */
export interface DemoPersonRef {
  id: string;
  name: string;
  email: string;
}

/** Everyone of one program's demo, found or made. */
export interface DemoCast {
  municipalityId: string;
  coordinators: DemoPersonRef[];
  referrer: DemoPersonRef;
  panel: DemoPersonRef[];
  mentors: DemoPersonRef[];
  youngPeople: DemoPersonRef[];
}

interface Row {
  id: string;
  name?: string;
  contact?: { email?: string | null };
}

/**
 * Finds everyone of the program's demo by e-mail (the municipality by name)
 * and creates through the API whoever is missing, so a second run makes no
 * one twice. The program's administrator (`setUpBy`) makes the municipality,
 * the coordinators and the panel; the first coordinator, as a program's staff
 * would, the referrer, the mentors and the young people.
 */
export async function ensureCast(api: DemoApi, program: DemoProgram, programId: string, setUpBy: Actor): Promise<DemoCast> {
  const municipalities = await api.get<Row[]>('/municipalities', setUpBy);
  const municipalityId =
    municipalities.find((row) => row.name === program.municipality)?.id ??
    (await api.post<Row>('/municipalities', { name: program.municipality }, setUpBy)).id;

  await ensureQuota(api, programId, municipalityId, setUpBy);

  // One list per kind of person, read once: the demo is a burst of requests the API's rate limit counts.
  const lists = new Map<string, Promise<Row[]>>();
  const ensure = async (collection: string, role: DemoRole, name: string, fields: object, by = setUpBy): Promise<DemoPersonRef> => {
    const email = demoAddress(name, role, program.slug);
    if (!lists.has(collection)) lists.set(collection, api.get<Row[]>(`/${collection}`, by));
    const rows = await lists.get(collection)!;
    const found = rows.find((row) => row.contact?.email === email);
    const id = found?.id ?? (await api.post<Row>(`/${collection}`, { contact: { name, email, language: 'da' }, ...fields }, by)).id;
    return { id, name, email };
  };

  const coordinators: DemoPersonRef[] = [];
  for (const { name, municipal } of program.coordinators) {
    coordinators.push(
      await ensure('coordinators', 'coordinator', name, { programIds: [programId], municipalityId: municipal ? municipalityId : null }),
    );
  }
  const panel: DemoPersonRef[] = [];
  for (const { name, profession, categories } of program.panel)
    panel.push(await ensure('panel-members', 'panel', name, { programId, profession, categories }));
  const staff: Actor = { role: 'coordinator', id: coordinators[0].id };
  const referrer = await ensure('referrers', 'referrer', program.referrer.name, { kind: program.referrer.kind, municipalityId }, staff);
  const mentors: DemoPersonRef[] = [];
  for (const { name, gender, profile } of program.mentors) {
    const fields = { programId, municipalityId, gender, ...(profile ? { profile } : {}) };
    mentors.push(await ensure('mentors', 'mentor', name, fields, staff));
  }
  const youngPeople: DemoPersonRef[] = [];
  for (const { name, gender, birthDate, wishes } of program.youngPeople) {
    const fields = { birthDate, gender, municipalityId, ...(wishes ? { wishes } : {}) };
    youngPeople.push(await ensure('young-people', 'mentee', name, fields, staff));
  }
  return { municipalityId, coordinators, referrer, panel, mentors, youngPeople };
}

/**
 * This year's referral quota of the program with the municipality (12 referrals), so the demo's referrer can refer from her own
 * page; a second run finds it.
 */
async function ensureQuota(api: DemoApi, programId: string, municipalityId: string, setUpBy: Actor): Promise<void> {
  const year = new Date().getUTCFullYear();
  const periodStart = `${year}-01-01`;
  const quotas = await api.get<Array<{ periodStart: string }>>(`/quotas?programId=${programId}&municipalityId=${municipalityId}`, setUpBy);
  if (quotas.some((quota) => quota.periodStart === periodStart)) return;
  await api.post('/quotas', { programId, municipalityId, periodStart, periodEnd: `${year + 1}-01-01`, agreed: 12 }, setUpBy);
}
