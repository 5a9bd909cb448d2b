import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type * as OpenId from 'openid-client';
import { DataSource } from 'typeorm';
import { AppConfig, OidcConfig } from '../config/app-config';
import { sha256Hex } from './secrets';

/** How long she may take at the identity provider. */
const FLOW_MINUTES = 10;

export type OidcOutcome = { email: string; nextPath: string } | { refused: string };

/**
 * Sign-in with the municipality's identity provider: authorization code
 * with PKCE, state and nonce (openid-client). openid-client is ESM-only, so
 * it is loaded on first use, and only when an issuer is configured.
 */
@Injectable()
export class OidcSignIns {
  private readonly oidc: OidcConfig;
  private client?: Promise<{ lib: typeof OpenId; config: OpenId.Configuration }>;

  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.oidc = config.identity.oidc;
  }

  get configured(): boolean {
    return !!this.oidc.issuer;
  }

  /** Where to send her browser, and the state her browser keeps in a cookie until she comes back. */
  async start(nextPath: string): Promise<{ url: string; state: string }> {
    const { lib, config } = await this.connect();
    const state = lib.randomState();
    const nonce = lib.randomNonce();
    const codeVerifier = lib.randomPKCECodeVerifier();
    await this.dataSource.query(
      `INSERT INTO oidc_sign_ins (state_hash, code_verifier, nonce, next_path, expires_at)
       VALUES ($1, $2, $3, $4, now() + interval '${FLOW_MINUTES} minutes')`,
      [sha256Hex(state), codeVerifier, nonce, nextPath],
    );
    const url = lib.buildAuthorizationUrl(config, {
      redirect_uri: this.oidc.redirectUrl,
      scope: 'openid email',
      state,
      nonce,
      code_challenge: await lib.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, state };
  }

  /** Finishes a sign-in: the state must be the one this browser started with, and is used up. */
  async finish(callbackUrl: URL, browserState: string | undefined): Promise<OidcOutcome> {
    const returnedState = callbackUrl.searchParams.get('state');
    if (!browserState || returnedState !== browserState) return { refused: 'state-mismatch' };
    const [rows] = await this.dataSource.query(
      `DELETE FROM oidc_sign_ins WHERE state_hash = $1 AND expires_at > now() RETURNING code_verifier, nonce, next_path`,
      [sha256Hex(browserState)],
    );
    const flow = rows?.[0];
    if (!flow) return { refused: 'unknown-or-expired-state' };
    const { lib, config } = await this.connect();
    let claims: OpenId.IDToken | undefined;
    try {
      const tokens = await lib.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: flow.code_verifier,
        expectedState: browserState,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch {
      return { refused: 'provider-refused' };
    }
    const email = claims?.[this.oidc.emailClaim];
    if (typeof email !== 'string' || !email) return { refused: 'no-email-claim' };
    if (this.oidc.requireEmailVerified && claims?.email_verified !== true) return { refused: 'email-not-verified' };
    return { email, nextPath: flow.next_path };
  }

  /**
   * The address the provider vouches for behind an access token it issued (to any of its clients, such as the
   * Temporal Web UI, which passes its operator's token on to the codec server), asked at its userinfo endpoint:
   * undefined when the provider refuses the token, names no address, or none verified where that is required.
   */
  async emailOfAccessToken(accessToken: string): Promise<string | undefined> {
    const { lib, config } = await this.connect();
    const claims = await lib.fetchUserInfo(config, accessToken, lib.skipSubjectCheck).catch(() => undefined);
    const email = claims?.[this.oidc.emailClaim];
    if (typeof email !== 'string' || !email) return undefined;
    if (this.oidc.requireEmailVerified && claims?.email_verified !== true) return undefined;
    return email;
  }

  /** Discovers the provider once; a failure is forgotten, so the next sign-in tries again. */
  private connect(): Promise<{ lib: typeof OpenId; config: OpenId.Configuration }> {
    this.client ??= (async () => {
      const lib = await import('openid-client');
      const issuer = new URL(this.oidc.issuer!);
      // Plain http only for a provider on this machine (development, the tests' provider).
      const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(issuer.hostname);
      const config = await lib.discovery(
        issuer,
        this.oidc.clientId!,
        undefined,
        lib.ClientSecretPost(this.oidc.clientSecret),
        local ? { execute: [lib.allowInsecureRequests] } : undefined,
      );
      return { lib, config };
    })().catch((error) => {
      this.client = undefined;
      throw error;
    });
    return this.client;
  }
}
