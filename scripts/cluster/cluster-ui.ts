import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../../libs/config/app-config';
import { ClusterLayout, pidFile, UI_SERVER } from './cluster-layout';
import { ensureUiServerBinary } from './ui-server-build';
import { RunningUiServer, startUiServer } from './ui-server';
import { UiServerOidc } from './ui-server-config';

/** The UI listens 1000 above the frontend's gRPC port (8433 beside 7433), as the dev server's 8233 sits beside 7233. */
export const uiPortOf = (layout: ClusterLayout): number => Number(layout.frontendAddress.split(':')[1]) + 1000;

/**
 * The cluster's Web UI, one more process: operators sign in with the console's
 * OpenID provider (MENTORFLOW_OIDC_ISSUER) through the UI's own client there
 * (MENTORFLOW_WEB_UI_OIDC_CLIENT_ID and _SECRET), and the UI hands their token to Mentorflow's codec server.
 */
export async function startClusterUi(
  root: string,
  layout: ClusterLayout,
  config: Pick<AppConfig, 'api' | 'identity' | 'temporal'>,
  say: (line: string) => void,
): Promise<RunningUiServer> {
  const binary = ensureUiServerBinary(root, say);
  const { MENTORFLOW_WEB_UI_OIDC_CLIENT_ID: clientId, MENTORFLOW_WEB_UI_OIDC_CLIENT_SECRET: clientSecret } = process.env;
  const issuer = config.identity.oidc.issuer;
  const oidc: UiServerOidc | undefined = issuer && clientId && clientSecret ? { issuer, clientId, clientSecret } : undefined;
  if (!oidc)
    say('Web UI without sign-in (no MENTORFLOW_OIDC_ISSUER, or no MENTORFLOW_WEB_UI_OIDC_CLIENT_ID/_SECRET): payloads stay ciphertext');
  const ui = await startUiServer(binary, layout.dataDir, join(layout.logsDir, `${layout.name}-ui-server.log`), {
    port: uiPortOf(layout),
    temporalGrpcAddress: layout.frontendAddress,
    namespace: config.temporal.namespace,
    codecEndpoint: `${config.api.publicUrl.replace(/\/+$/, '')}/codec`,
    oidc,
  });
  // Its pid goes beside the services', so `cluster stop` finds it when the process that started it was killed outright.
  writeFileSync(pidFile(layout, UI_SERVER), `${ui.child.pid}\n`);
  ui.child.once('exit', () => rmSync(pidFile(layout, UI_SERVER), { force: true }));
  // The UI hands its operator's token only to an https:// codec endpoint; over http she reads ciphertext.
  if (oidc && !config.api.publicUrl.startsWith('https://')) say('the codec server is not at https://: the UI will not pass its token');
  if (config.api.codecCorsOrigin !== ui.url) say(`the codec server must allow the UI's origin: MENTORFLOW_CODEC_CORS_ORIGIN=${ui.url}`);
  return ui;
}
