import type { Role } from '../../libs/auth/roles';

/** Fixed ids for the demo people `up` prints tokens for, one per role. */
export const DEMO_USERS: Record<Role, string> = {
  coordinator: '00000000-0000-4000-8000-00000000c001',
  mentor: '00000000-0000-4000-8000-00000000a001',
  referrer: '00000000-0000-4000-8000-00000000e001',
  panel: '00000000-0000-4000-8000-00000000b001',
  operator: '00000000-0000-4000-8000-00000000f001',
  'program-admin': '00000000-0000-4000-8000-00000000d001',
};
