import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { endChild } from '../../scripts/stack/node-child';

export interface OidcTestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** The real oidc-provider of oidc-provider.mjs, in a process of its own (it is ESM-only, which jest cannot load). */
export class OidcProviderProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly issuer: string,
  ) {}

  /** `uiClient`: a second client, without PKCE, as the Temporal Web UI signs in. */
  static async start(port: number, client: OidcTestClient, uiClient?: OidcTestClient): Promise<OidcProviderProcess> {
    const child = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
      env: {
        ...process.env,
        OIDC_TEST_PORT: String(port),
        OIDC_TEST_CLIENT_ID: client.clientId,
        OIDC_TEST_CLIENT_SECRET: client.clientSecret,
        OIDC_TEST_REDIRECT_URI: client.redirectUri,
        ...(uiClient && {
          OIDC_TEST_UI_CLIENT_ID: uiClient.clientId,
          OIDC_TEST_UI_CLIENT_SECRET: uiClient.clientSecret,
          OIDC_TEST_UI_REDIRECT_URI: uiClient.redirectUri,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('oidc-provider listening')) resolve();
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`oidc-provider exited (${code}) before it listened:\n${output}`)));
    });
    child.stdout!.resume();
    child.stderr!.resume();
    return new OidcProviderProcess(child, `http://127.0.0.1:${port}`);
  }

  stop(): Promise<void> {
    return endChild(this.child, 'SIGTERM');
  }
}
