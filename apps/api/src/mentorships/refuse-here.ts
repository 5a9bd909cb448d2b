import type { ErrorArgs } from '../../../../libs/contracts/error-codes';
import { refused } from '../../../../libs/validation/coded-exceptions';
import type { Refuser } from '../../../../workflows/mentorship/contact-rules';

/**
 * The rules the API keeps with the course (contact-rules.ts, measurement-rules.ts): their refusals as its own 409s, worded as the
 * course words them.
 */
export const refuseHere: Refuser = (code, ...params) => {
  throw refused(code, ...(params as ErrorArgs<typeof code>));
};
