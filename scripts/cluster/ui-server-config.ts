import { stringify } from 'yaml';

/** The Web UI's own client at the identity provider (not Mentorflow's): ui-server signs in with it, without PKCE. */
export interface UiServerOidc {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface UiServerSettings {
  port: number;
  temporalGrpcAddress: string;
  namespace: string;
  /** Mentorflow's codec server, e.g. http://127.0.0.1:3000/codec; it must allow the UI's origin (MENTORFLOW_CODEC_CORS_ORIGIN). */
  codecEndpoint: string;
  /** Without it the UI asks nobody to sign in, and the codec server, given no token, leaves every payload ciphertext. */
  oidc?: UiServerOidc;
}

/** The UI's origin on loopback: its OIDC callback, and the origin the codec server must allow. */
export const uiServerOrigin = (port: number): string => `http://127.0.0.1:${port}`;

/**
 * ui-server's YAML config: the UI, on loopback, for the cluster's frontend.
 * Its operators sign in with the same OpenID provider as the console, and the
 * UI passes each one's access token to Mentorflow's codec server, which
 * decodes only for an operator. Plain http: cookies without Secure.
 */
export function renderUiServerConfig(settings: UiServerSettings): string {
  const origin = uiServerOrigin(settings.port);
  return stringify({
    temporalGrpcAddress: settings.temporalGrpcAddress,
    host: '127.0.0.1',
    port: settings.port,
    enableUi: true,
    defaultNamespace: settings.namespace,
    disableNewsFetch: true,
    cors: { cookieInsecure: true, allowOrigins: [origin] },
    auth: settings.oidc
      ? {
          enabled: true,
          providers: [
            {
              label: 'Mentorflow sign-in',
              type: 'oidc',
              providerUrl: settings.oidc.issuer,
              clientId: settings.oidc.clientId,
              clientSecret: settings.oidc.clientSecret,
              scopes: ['openid', 'email'],
              callbackUrl: `${origin}/auth/sso/callback`,
            },
          ],
        }
      : { enabled: false },
    codec: { endpoint: settings.codecEndpoint, passAccessToken: true, includeCredentials: false },
  });
}
