const MAX_LENGTH = 500;
// Relays quote the rejected address in their replies ("550 <kim@example.dk>: unknown user").
const EMAIL_ADDRESS = /[^\s<>()[\]",;:@]+@[^\s<>()[\]",;:@]+/g;

/**
 * A failed send as it may be stored and logged, and as the Temporal activity
 * sees it (failures land in workflow histories, which hold no personal data):
 * the relay's words without any mail address, cut to what the outbox keeps.
 */
export class MailDeliveryError extends Error {
  /** The relay refused the mail for good (a 5xx reply, e.g. an unknown mailbox): sending it again cannot help. */
  readonly permanent: boolean;

  constructor(cause: unknown) {
    super(describe(cause));
    this.name = 'MailDeliveryError';
    const responseCode = (cause as { responseCode?: unknown } | null)?.responseCode;
    this.permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  }
}

function describe(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = (cause as { code?: unknown } | null)?.code;
  const described = typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
  return described.replace(EMAIL_ADDRESS, '<address>').slice(0, MAX_LENGTH);
}
