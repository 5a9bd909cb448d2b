import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Headers, simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Headers;
}

/** A message whose DATA reply the sink is holding back; its client is still waiting for it. */
interface HeldMessage {
  sessionId: string;
  raw: Buffer;
  to: string[];
  reply: (error?: Error | null) => void;
}

/**
 * A real SMTP server in this process (no TLS, no login) on a free loopback
 * port. A mail counts as received only once the sink has answered its DATA
 * with 250, as a relay would: a held one whose client goes away is lost.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private readonly events = new EventEmitter();
  private readonly held = new Map<string, HeldMessage>();
  private holding = false;
  /** Recipients the sink refuses for good, as a relay does an unknown mailbox (550). */
  readonly unknownMailboxes = new Set<string>();
  /** Recipients the sink refuses for now, as a relay does a full mailbox (452): a later attempt may pass. */
  readonly fullMailboxes = new Set<string>();

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  /** Port 0 picks a free one; pass an earlier sink's port to bring it back where the mailer expects it. */
  static async start(port = 0): Promise<SmtpSink> {
    let sink: SmtpSink | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      // close() then cuts a held client off promptly instead of after the default 30 s.
      closeTimeout: 200,
      onRcptTo: (address, _session, reply) => {
        if (sink?.unknownMailboxes.has(address.address))
          return reply(Object.assign(new Error('5.1.1 mailbox unknown'), { responseCode: 550 }));
        if (sink?.fullMailboxes.has(address.address)) return reply(Object.assign(new Error('4.2.2 mailbox full'), { responseCode: 452 }));
        reply();
      },
      onData: (stream, session, reply) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => sink!.arrived({ sessionId: session.id, raw: Buffer.concat(chunks), to: recipients(session), reply }));
      },
      onClose: (session) => sink?.held.delete(session.id),
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    sink = new SmtpSink(server, (server.server.address() as AddressInfo).port);
    return sink;
  }

  /** Resolves with the first mail, received already or yet to come, that matches. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
    return this.until(
      'received',
      () => this.received.find(predicate),
      timeoutMs,
      () => `no matching mail within ${timeoutMs} ms; received: ${JSON.stringify(this.received.map((mail) => mail.subject))}`,
    );
  }

  /** From now on, DATA is read in full but not answered: the sending client waits mid-transaction. */
  holdData(): void {
    this.holding = true;
  }

  /** How many clients are waiting for their DATA reply. */
  get heldCount(): number {
    return this.held.size;
  }

  /** Resolves once this many clients are waiting for their DATA reply. */
  waitForHeld(count = 1, timeoutMs = 10_000): Promise<void> {
    return this.until(
      'held',
      () => this.held.size >= count || undefined,
      timeoutMs,
      () => `${this.held.size} held within ${timeoutMs} ms, wanted ${count}`,
    ).then(() => undefined);
  }

  /** Answers the held messages whose clients are still there (they count as received) and stops holding. */
  async releaseData(): Promise<void> {
    this.holding = false;
    // A client that went away is out of server.connections at once; the onClose that forgets its message comes a tick later.
    const open = new Set([...this.server.connections].map((connection) => connection.id));
    const held = [...this.held.values()].filter((message) => open.has(message.sessionId));
    this.held.clear();
    await Promise.all(held.map((message) => this.accept(message)));
  }

  /** Stops listening; clients still connected (a held one too) are cut off. */
  close(): Promise<void> {
    this.held.clear();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private arrived(message: HeldMessage): void {
    if (!this.holding) {
      void this.accept(message);
      return;
    }
    this.held.set(message.sessionId, message);
    this.events.emit('held');
  }

  private async accept(message: HeldMessage): Promise<void> {
    try {
      const parsed = await simpleParser(message.raw);
      this.received.push({
        to: message.to,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: parsed.html || '',
        messageId: parsed.messageId ?? '',
        headers: parsed.headers,
      });
      message.reply();
      this.events.emit('received');
    } catch (error) {
      message.reply(error as Error);
    }
  }

  private until<T>(event: string, check: () => T | undefined, timeoutMs: number, failure: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
      const onEvent = () => {
        const result = check();
        if (result === undefined) return;
        clearTimeout(timer);
        this.events.off(event, onEvent);
        resolve(result);
      };
      const timer = setTimeout(() => {
        this.events.off(event, onEvent);
        reject(new Error(failure()));
      }, timeoutMs);
      this.events.on(event, onEvent);
      onEvent();
    });
  }
}

function recipients(session: SMTPServerSession): string[] {
  return session.envelope.rcptTo.map((recipient) => recipient.address);
}
