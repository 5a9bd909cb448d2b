import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** A named AES-256 key; the name travels with each payload so an older key still decrypts after rotation. */
export interface PayloadKey {
  id: string;
  key: Buffer;
}

const text = (value: string) => new TextEncoder().encode(value);
const read = (value: Uint8Array | null | undefined) => (value ? new TextDecoder().decode(value) : undefined);

/**
 * Encrypts every payload the engine hands Temporal (workflow inputs, results,
 * signals, updates, queries, activity arguments, and failures' messages and
 * stack traces, which failure-converter.ts makes payloads) with AES-256-GCM under the
 * current key, and decrypts with whichever key a payload names. Payloads
 * written before encryption (no key id) pass through unchanged, so old
 * histories still replay. Workflows carry ids, not personal data; this keeps
 * even those ids and phases out of Temporal's storage in clear.
 */
export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly keys: Map<string, Buffer>;

  /** The first key encrypts; the others only decrypt what was written under them. */
  constructor(
    private readonly current: PayloadKey,
    older: PayloadKey[] = [],
  ) {
    this.keys = new Map([current, ...older].map(({ id, key }) => [id, key]));
    for (const [id, key] of this.keys)
      if (key.length !== KEY_BYTES) throw new Error(`payload key ${id} must be ${KEY_BYTES} bytes, not ${key.length}`);
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
      // The key id is authenticated too: a payload cannot be passed off as another key's.
      cipher.setAAD(Buffer.from(this.current.id));
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return { metadata: { [METADATA_ENCODING_KEY]: text(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: text(this.current.id) }, data: sealed };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (read(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCRYPTED_ENCODING) return payload;
      const keyId = read(payload.metadata?.[KEY_ID_METADATA]);
      const key = keyId ? this.keys.get(keyId) : undefined;
      if (!key) throw new Error(`no payload key ${keyId ?? '(none named)'} to decrypt with`);
      const sealed = Buffer.from(payload.data ?? []);
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(keyId!));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
      return temporal.api.common.v1.Payload.decode(plain) as Payload;
    });
  }
}

/**
 * Keys as configured: "id:base64,id:base64", the first the current one.
 * Rotation: put a new key first and keep the old ones until no open workflow
 * holds payloads written under them.
 */
export function parsePayloadKeys(value: string): PayloadKey[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const separator = entry.indexOf(':');
      if (separator <= 0) throw new Error('each payload key must be written id:base64');
      return { id: entry.slice(0, separator), key: Buffer.from(entry.slice(separator + 1), 'base64') };
    });
}

/** A codec for the configured keys, or none when no key is configured. */
export function payloadCodecs(keys: PayloadKey[]): PayloadCodec[] {
  const [current, ...older] = keys;
  return current ? [new AesGcmPayloadCodec(current, older)] : [];
}

export function newPayloadKey(id: string): string {
  return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
}
