// A real OpenID Provider (oidc-provider) for the sign-in tests, in a process of its own:
// one confidential client that must use PKCE (Mentorflow), optionally a second one
// that signs in without it (the Temporal Web UI's ui-server), and development interactions
// (a login form that accepts any login, then a consent form). The login is
// the account id, and the account's e-mail claim is that login, so a test
// signs in as a person by typing her address.
import Provider from 'oidc-provider';

const {
  OIDC_TEST_PORT: port,
  OIDC_TEST_CLIENT_ID: clientId,
  OIDC_TEST_CLIENT_SECRET: clientSecret,
  OIDC_TEST_REDIRECT_URI: redirectUri,
  OIDC_TEST_UI_CLIENT_ID: uiClientId,
  OIDC_TEST_UI_CLIENT_SECRET: uiClientSecret,
  OIDC_TEST_UI_REDIRECT_URI: uiRedirectUri,
} = process.env;

// ui-server's Go client sends its secret in a Basic header and uses no PKCE.
const uiClients = uiClientId
  ? [
      {
        client_id: uiClientId,
        client_secret: uiClientSecret,
        redirect_uris: [uiRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ]
  : [];

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
    ...uiClients,
  ],
  pkce: { required: (_ctx, client) => client.clientId === clientId },
  features: { devInteractions: { enabled: true } },
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  // The e-mail claim in the ID token itself, where the relying party reads it.
  conformIdTokenClaims: false,
  findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true }) }),
  cookies: { keys: ['oidc-test-provider-only'] },
});
provider.listen(Number(port), '127.0.0.1', () => console.log(`oidc-provider listening on ${port}`));
