import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const IDEMPOTENT_REQUEST_STATES = ['in-progress', 'completed'] as const;
export type IdempotentRequestState = (typeof IDEMPOTENT_REQUEST_STATES)[number];

/**
 * A write the API was asked to do under an Idempotency-Key: the request it
 * names (method, URL, a hash of the body, never the body), and once it
 * succeeded, its answer, so a retry gets that answer instead of a second
 * write. The key is the client's and is scoped to the user who sent it.
 * The stored answer can hold personal data: rows are purged once expired,
 * and erasing a young person deletes those that mention her.
 */
@Entity('idempotent_requests')
export class IdempotentRequest {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 100 }) userId!: string;
  @PrimaryColumn({ type: 'varchar', length: 100 }) key!: string;
  @Column({ type: 'varchar', length: 8 }) method!: string;
  /** Path and query as sent. */
  @Column({ type: 'text' }) url!: string;
  @Column({ name: 'body_sha256', type: 'char', length: 64 }) bodySha256!: string;
  @Column({ type: 'varchar', length: 12 }) state!: IdempotentRequestState;
  /** The attempt that holds the row: only it may store the answer or let the key go. */
  @Column({ type: 'uuid' }) holder!: string;
  /** While in progress, others are told to wait until then; after it, the holder is taken for dead and a retry takes over. */
  @Column({ name: 'locked_until', type: 'timestamptz' }) lockedUntil!: Date;
  @Column({ name: 'response_status', type: 'int', nullable: true }) responseStatus!: number | null;
  /** The route's answer as sent (any JSON value); null when it answered with no body. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- any JSON value but null, what `answer ?? null` narrows to
  @Column({ name: 'response_body', type: 'jsonb', nullable: true }) responseBody!: {} | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** From then on the key is forgotten, as if never sent (config idempotency.keepFor after first use). */
  @Index() @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
}
