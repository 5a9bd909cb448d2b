import { ROLES, Role } from '../libs/auth/roles';
import { issueToken } from '../libs/auth/tokens';
import { loadConfig, requireJwtSecret } from '../libs/config/load-config';
import { DEMO_USERS } from './stack/demo-users';

/** `./mentorflow token ROLE [USER_ID]`: a bearer token signed with the configured secret. */
const [role, userId] = process.argv.slice(2);
if (!ROLES.includes(role as Role)) {
  console.error(`usage: ./mentorflow token ROLE [USER_ID]   (ROLE: ${ROLES.join(', ')})`);
  process.exit(2);
}
const config = loadConfig();
console.log(issueToken(requireJwtSecret(config), { id: userId ?? DEMO_USERS[role as Role], roles: [role as Role] }));
