import type { OwnerNoticeKind } from '../../escalations/escalation-notices';
import type { NudgeKind, YoungPersonAskKind } from '../nudge-kinds';
import type { NudgeRecipientRole } from '../../persistence/entities';

/** Who a welcome greets: the two parties of a match that has just started. */
export type WelcomedRole = 'mentor' | 'young-person';

/** The mails about an escalation, by the outbox row's kind: to its owners (urgent or not), and the advice to whoever raised it. */
export type EscalationMailKind = OwnerNoticeKind | `${OwnerNoticeKind}:urgent` | 'escalation-advice';

/** A mail about an escalation, written whole: its kinds ask different people for different things. */
export interface EscalationMail {
  subject: string;
  body: string;
}

/**
 * Everything a mail says, in one language. Only reasons and counts: never a
 * name, a score or anything a person wrote, so a mail read over someone's
 * shoulder or forwarded by mistake gives nothing away.
 */
export interface Texts {
  /** Why the mail came, one sentence per nudge kind: a kind without its sentence does not compile. */
  kinds: Record<NudgeKind, string>;
  /** For a stored kind this code does not know (written by newer code): the mail still goes out. */
  unknownKind: string;
  /** Whom an ignored nudge asked, as "a mentor". */
  recipients: Record<NudgeRecipientRole, string>;
  greeting: string;
  signature: string;
  footer: string;
  openLink: string;
  nudge: { subject(reason: string): string };
  nudgeIgnored: {
    subject(reason: string): string;
    lead(recipient: string, days: number): string;
    /** When the ignored nudge is no longer on record. */
    leadWithoutDetails: string;
  };
  welcome: Record<WelcomedRole | 'anyone', { subject: string; body: string }>;
  digest: { subject(count: number): string; lead(count: number): string; overview: string };
  /**
   * What the engine asks the young person herself, with her personal link: it says what the link is for, that it is hers alone and
   * works once, and nothing about her course.
   */
  youngPersonLink: Record<YoungPersonAskKind, { subject: string; lead: string; action: string }> & { personal: string };
  /** The sign-in link: sent only to the address that asked, and useless once used or a quarter of an hour old. */
  signIn: { subject: string; lead(minutes: number): string; action: string; notYou: string };
  /**
   * Mails about an escalation, by the outbox row's kind ("escalation-assigned",
   * "escalation-assigned:urgent"...). An urgent one says so in its subject and
   * its body, so it is not read after the rest. Never its category: a subject
   * line saying "mental health" already tells too much about a young person.
   */
  escalation: {
    kinds: Record<EscalationMailKind, EscalationMail>;
    /** For a kind this code does not know yet: the mail still goes out, and still says when it is urgent. */
    general: { normal: EscalationMail; urgent: EscalationMail };
  };
  /**
   * To operators, about an escalation nobody can own: the program, category and urgency tell them what is
   * missing (a panel member for the category, a coordinator, a lead); they never read a young person's data.
   */
  unownedEscalation: {
    subject(urgent: boolean): string;
    lead(details: UnownedEscalation): string;
    /** When the escalation is no longer on record. */
    leadWithoutDetails: string;
    whatToDo: string;
    action: string;
  };
}

/** What an operator is told of an escalation nobody can own, read when the mail is sent. */
export interface UnownedEscalation {
  programSlug: string;
  category: string;
  urgent: boolean;
  waitedHours: number;
}
