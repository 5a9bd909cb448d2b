import { ChildProcess, spawn } from 'node:child_process';
import type { MailConfig } from '../../libs/config/app-config';
import { maildevPath } from './binaries';
import { waitForHttp } from './child-app';
import { stopChild } from './temporal-dev-server';

export interface MailSink {
  inboxUrl: string;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

/** Mail goes to a sink on this machine unless SMTP_HOST names a relay elsewhere. */
export function wantsLocalMailSink(mail: MailConfig): boolean {
  return LOOPBACK.has(mail.host);
}

/**
 * MailDev on the configured SMTP port, with a web inbox that shows what the
 * engine sent; both on loopback only. The mails are kept in mailDir, so the
 * inbox survives a restart like the rest of the stack's data.
 */
export async function startMailSink(mail: MailConfig, mailDir: string, attachOutput: (child: ChildProcess) => void): Promise<MailSink> {
  const args = [
    '--smtp',
    String(mail.port),
    '--ip',
    '127.0.0.1',
    '--web',
    String(mail.inboxPort),
    '--web-ip',
    '127.0.0.1',
    '--mail-directory',
    mailDir,
  ];
  // Own process group, like the other servers: stopped by `up` after the apps, not by the terminal's Ctrl-C.
  const child = spawn(maildevPath(), args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  attachOutput(child);
  const inboxUrl = `http://localhost:${mail.inboxPort}`;
  try {
    await waitForHttp(`${inboxUrl}/api/healthz`, child, 30_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { inboxUrl, stop: () => stopChild(child) };
}
