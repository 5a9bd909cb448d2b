import type { DemoSignIn } from '../demo/demo-sign-ins';

export interface StackAddresses {
  apiUrl: string;
  /** The Temporal Web UI, or a note saying where the cluster's is. */
  temporalUi: string;
  /** A search in the Web UI that lists the demo's workflows, when the UI is ours. */
  demoWorkflowsUrl?: string;
  mailInbox: string;
  logDir: string;
  /** With --verbose every log line is on the terminal already. */
  logsOnTerminal: boolean;
}

/** Who the token example is for: a demo coordinator, or the fixed dev id without the demo. */
export interface TokenExample {
  role: string;
  id: string;
}

/** What `up` prints once everything runs: where each part is, and how to sign in as each role. */
export function summaryLines(at: StackAddresses, signIns: DemoSignIn[], token: TokenExample): string[] {
  const lines = [
    '',
    'Mentorflow is running. Ctrl-C stops everything.',
    `  console       ${at.apiUrl}/`,
    `  OpenAPI docs  ${at.apiUrl}/docs`,
    `  Temporal UI   ${at.temporalUi}`,
    ...(at.demoWorkflowsUrl ? [`                the demo's workflows: ${at.demoWorkflowsUrl}`] : []),
    `  mail inbox    ${at.mailInbox}`,
    `  logs          ${at.logDir}/ (api, worker, temporal, maildev, postgres)${at.logsOnTerminal ? '' : '; --verbose shows them here'}`,
  ];
  if (signIns.length) {
    const width = Math.max(...signIns.map((signIn) => signIn.email.length));
    lines.push(
      '',
      `Sign in as a demo person: open the console (${at.apiUrl}/), type the address, open the link from the mail in MailDev`,
      `(${at.mailInbox}).`,
      ...signIns.map(({ role, email, who }) => `  ${role.padEnd(12)} ${email.padEnd(width)}  ${who}`),
      '  Every program has the same cast: <first name>.<role>@<program>.demo.mentorflow.dk.',
    );
  }
  lines.push(
    '',
    'For the API from the command line, a dev bearer token (the API accepts them with MENTORFLOW_DEV_TOKENS=true, which up sets):',
    `  TOKEN=$(MENTORFLOW_JWT_SECRET=$(cat .data/dev-jwt-secret) ./mentorflow token ${token.role} ${token.id})`,
    `  curl -H "Authorization: Bearer $TOKEN" ${at.apiUrl}/programs`,
    '',
  );
  return lines;
}
