import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Archivable } from './archivable';
import { ContactDetails } from './contact-details';

export const ACCOUNT_KINDS = ['operator', 'program-admin'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Someone who signs in without being a person of a program: an operator or a program administrator. */
@Entity('accounts')
// One live account per address, compared in lower case (the migration makes it; TypeORM cannot express the expression).
@Index('IDX_accounts_live_email', { synchronize: false })
export class Account extends Archivable {
  @Column(() => ContactDetails, { prefix: false }) contact!: ContactDetails;
  @Column({ type: 'varchar', length: 16 }) kind!: AccountKind;
}

/**
 * A signed-in browser. The cookie holds a random value; only its SHA-256 is
 * kept, so a copy of this table signs nobody in.
 */
@Entity('sessions')
export class Session {
  /** SHA-256 (hex) of the cookie's value. */
  @PrimaryColumn({ type: 'char', length: 64 }) id!: string;
  /** The person row or account she signed in as. */
  @Index() @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  @Column({ type: 'varchar', length: 8 }) method!: 'email' | 'oidc';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_seen_at', type: 'timestamptz' }) lastSeenAt!: Date;
  @Column({ name: 'idle_expires_at', type: 'timestamptz' }) idleExpiresAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'user_agent', type: 'varchar', length: 300, default: '' }) userAgent!: string;
}

/** A sign-in link: one use, a quarter of an hour, only the SHA-256 of its token kept. */
@Entity('sign_in_tokens')
export class SignInToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index({ unique: true }) @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash!: string;
  @Index() @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  @Column({ name: 'next_path', type: 'varchar', length: 300, default: '/' }) nextPath!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt!: Date | null;
}

/** A machine's bearer token, made by an operator: named, scoped, revocable; only the SHA-256 of its secret kept. */
@Entity('api_tokens')
export class ApiToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Index({ unique: true }) @Column({ name: 'secret_hash', type: 'char', length: 64, select: false }) secretHash!: string;
  /** The roles it may act as. */
  @Column({ type: 'text', array: true }) scopes!: string[];
  /** The programs it may act on; empty: not narrowed. */
  @Column({ name: 'program_ids', type: 'uuid', array: true, default: '{}' }) programIds!: string[];
  @Index() @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}

/** One request for a sign-in link, counted per bucket (an address's hash, a client IP) so every API process shares the limit. */
@Entity('sign_in_requests')
@Index(['bucket', 'at'])
export class SignInRequest {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ type: 'varchar', length: 100 }) bucket!: string;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
}

/** An OpenID Connect sign-in under way: what the callback must find again (PKCE verifier, nonce, where to go). */
@Entity('oidc_sign_ins')
export class OidcSignIn {
  /** SHA-256 (hex) of the state, which the browser carries in a cookie and the provider sends back. */
  @PrimaryColumn({ name: 'state_hash', type: 'char', length: 64 }) stateHash!: string;
  @Column({ name: 'code_verifier', type: 'varchar', length: 128 }) codeVerifier!: string;
  @Column({ type: 'varchar', length: 128 }) nonce!: string;
  @Column({ name: 'next_path', type: 'varchar', length: 300, default: '/' }) nextPath!: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
}

export const IDENTITY_ENTITIES = [Account, Session, SignInToken, ApiToken, SignInRequest, OidcSignIn];
