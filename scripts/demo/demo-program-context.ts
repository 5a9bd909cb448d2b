import type { ProgramPolicy } from '../../libs/domain/policy/program-policy';
import type { Actor, DemoApi } from './demo-api';

/** What driving one program's courses needs: the API, the program, and who acts in it. */
export interface ProgramContext {
  api: DemoApi;
  programId: string;
  policy: ProgramPolicy;
  /** The program's coordinator: she gives the coordinators' commands. */
  coordinator: Actor;
  /** The referrer, who refers every young person in her own name. */
  referrer: Actor;
  /** Mentor ids by the names the demo's description uses. */
  mentorIds: Map<string, string>;
  /** The program's referrals (course ids) by young person, as the run found them. */
  referralIds: Map<string, string>;
}

/** Today as the engine's dates are written (UTC, like the workflows' clock). */
export const today = (): string => new Date().toISOString().slice(0, 10);
