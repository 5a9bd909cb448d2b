import { isEmail } from 'class-validator';
import { parseArgs } from 'node:util';
import type { NewAccount } from '../libs/identity/account-rows';
import { NOTIFICATION_LANGUAGES, NotificationLanguage } from '../libs/persistence/entities';
import { ACCOUNT_KINDS, AccountKind } from '../libs/persistence/entities/identity.entities';

export const ACCOUNT_USAGE =
  `usage: ./mentorflow account add --email ADDRESS --name NAME [--role ${ACCOUNT_KINDS.join('|')}] ` +
  `[--language ${NOTIFICATION_LANGUAGES.join('|')}]   (role: operator unless given)`;

/** The command line of `./mentorflow account add`, or the problems with it (each a sentence). */
export function parseAccountArgs(argv: string[]): { account: NewAccount } | { problems: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', default: 'operator' },
        language: { type: 'string', default: 'da' },
      },
    });
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const { values, positionals } = parsed;
  const problems: string[] = [];
  if (positionals.join(' ') !== 'add')
    problems.push(`the command is "account add"${positionals.length ? `, not "${positionals.join(' ')}"` : ''}`);
  const email = values.email?.trim() ?? '';
  if (!isEmail(email) || email.length > 254) problems.push('--email must be an e-mail address (she signs in with it)');
  const name = values.name?.trim() ?? '';
  if (name.length < 1 || name.length > 200) problems.push('--name must be 1 to 200 characters');
  if (!ACCOUNT_KINDS.includes(values.role as AccountKind))
    problems.push(`--role must be one of ${ACCOUNT_KINDS.join(', ')}, not ${values.role}`);
  if (!NOTIFICATION_LANGUAGES.includes(values.language as NotificationLanguage))
    problems.push(`--language must be one of ${NOTIFICATION_LANGUAGES.join(', ')}, not ${values.language}`);
  if (problems.length > 0) return { problems };
  return { account: { email, name, role: values.role as AccountKind, language: values.language as NotificationLanguage } };
}
