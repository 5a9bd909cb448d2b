import { Role } from '../../libs/auth/roles';

/**
 * The harness's own actor per role, for `engine.auth(role)` without an id: a
 * real row each (a coordinator with no programs, an operator account...),
 * made once per run by global-setup so no test file sees them appear.
 */
export const HARNESS_SUBJECTS: Record<Role, string> = {
  coordinator: '00000000-0000-4000-8000-0000000dc001',
  mentor: '00000000-0000-4000-8000-0000000da001',
  panel: '00000000-0000-4000-8000-0000000db001',
  referrer: '00000000-0000-4000-8000-0000000de001',
  operator: '00000000-0000-4000-8000-0000000df001',
  'program-admin': '00000000-0000-4000-8000-0000000df002',
};
