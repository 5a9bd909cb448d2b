import type { Role } from '../../libs/auth/roles';

/**
 * Fixed user ids, one per role: who `up` loads the programs and sets up the
 * demo as, and whom `./mentorflow token ROLE` names when given no id.
 */
export const DEMO_USERS: Record<Role, string> = {
  coordinator: '00000000-0000-4000-8000-00000000c001',
  mentor: '00000000-0000-4000-8000-00000000a001',
  referrer: '00000000-0000-4000-8000-00000000e001',
  panel: '00000000-0000-4000-8000-00000000b001',
  operator: '00000000-0000-4000-8000-00000000f001',
  'program-admin': '00000000-0000-4000-8000-00000000f002',
};
