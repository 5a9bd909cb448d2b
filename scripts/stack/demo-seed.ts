import { PROGRAM_PRESETS } from '../../libs/domain/policy/presets';

/**
 * Loads the four preset programs through the real API (and so through their
 * workflows), skipping any that already exist. Returns the slugs created.
 */
export async function seedDemoPrograms(apiUrl: string, adminToken: string): Promise<string[]> {
  const headers = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
  const existing = await fetch(`${apiUrl}/programs?includeArchived=true`, { headers });
  if (!existing.ok) throw new Error(`GET /programs answered ${existing.status}`);
  const slugs = new Set(((await existing.json()) as Array<{ slug: string }>).map((program) => program.slug));
  const created: string[] = [];
  for (const preset of PROGRAM_PRESETS.filter((p) => !slugs.has(p.slug))) {
    const response = await fetch(`${apiUrl}/programs`, { method: 'POST', headers, body: JSON.stringify({ preset: preset.slug }) });
    if (!response.ok) throw new Error(`creating ${preset.slug} answered ${response.status}: ${await response.text()}`);
    created.push(preset.slug);
  }
  return created;
}
