import { parse } from 'yaml';
import { renderUiServerConfig } from './ui-server-config';

const settings = {
  port: 8433,
  temporalGrpcAddress: '127.0.0.1:7433',
  namespace: 'mentorflow',
  codecEndpoint: 'http://127.0.0.1:3000/codec',
};
const oidc = { issuer: 'https://login.example.dk', clientId: 'temporal-ui', clientSecret: 's3cret' };

describe('the Web UI server config', () => {
  it('signs operators in with the OpenID provider and calls back to the UI itself', () => {
    const config = parse(renderUiServerConfig({ ...settings, oidc }));
    expect(config.auth.enabled).toBe(true);
    expect(config.auth.providers).toEqual([
      expect.objectContaining({
        providerUrl: 'https://login.example.dk',
        clientId: 'temporal-ui',
        clientSecret: 's3cret',
        scopes: ['openid', 'email'],
        callbackUrl: 'http://127.0.0.1:8433/auth/sso/callback',
      }),
    ]);
  });

  it('passes the signed-in operator’s token to the codec server, for the cluster’s frontend', () => {
    const config = parse(renderUiServerConfig({ ...settings, oidc }));
    expect(config.codec).toEqual({ endpoint: 'http://127.0.0.1:3000/codec', passAccessToken: true, includeCredentials: false });
    expect(config).toMatchObject({ temporalGrpcAddress: '127.0.0.1:7433', host: '127.0.0.1', port: 8433, defaultNamespace: 'mentorflow' });
  });

  it('asks nobody to sign in without a provider', () => {
    expect(parse(renderUiServerConfig(settings)).auth).toEqual({ enabled: false });
  });
});
