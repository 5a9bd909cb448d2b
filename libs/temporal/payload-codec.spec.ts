import { defaultPayloadConverter } from '@temporalio/common';
import { randomBytes } from 'node:crypto';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING, KEY_ID_METADATA, newPayloadKey, parsePayloadKeys, payloadCodecs } from './payload-codec';

const key = (id: string) => ({ id, key: randomBytes(32) });
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');
const payload = (value: unknown) => defaultPayloadConverter.toPayload(value);

describe('AesGcmPayloadCodec', () => {
  const current = key('k2');
  const older = key('k1');

  it('encrypts each payload under the current key, naming it, and decrypts it back exactly', async () => {
    const codec = new AesGcmPayloadCodec(current, [older]);
    const original = payload({ mentorshipId: 'm-1', phase: 'active' });
    const [sealed] = await codec.encode([original]);
    expect(text(sealed.metadata?.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(sealed.metadata?.[KEY_ID_METADATA])).toBe('k2');
    expect(text(sealed.data)).not.toContain('m-1');
    const [opened] = await codec.decode([sealed]);
    expect(defaultPayloadConverter.fromPayload(opened)).toEqual({ mentorshipId: 'm-1', phase: 'active' });
  });

  it('gives the same payload a different ciphertext each time (a fresh IV)', async () => {
    const codec = new AesGcmPayloadCodec(current);
    const [first, second] = await codec.encode([payload('same'), payload('same')]);
    expect(Buffer.from(first.data!).equals(Buffer.from(second.data!))).toBe(false);
  });

  it('after rotation still decrypts what an older key wrote, and refuses a key it does not hold', async () => {
    const [underOld] = await new AesGcmPayloadCodec(older).encode([payload('written before rotation')]);
    const [opened] = await new AesGcmPayloadCodec(current, [older]).decode([underOld]);
    expect(defaultPayloadConverter.fromPayload(opened)).toBe('written before rotation');
    await expect(new AesGcmPayloadCodec(current).decode([underOld])).rejects.toThrow('no payload key k1 to decrypt with');
  });

  it('refuses a payload changed on the way (authenticated encryption), or passed off under another key id', async () => {
    const codec = new AesGcmPayloadCodec(current, [older]);
    const [sealed] = await codec.encode([payload('intact')]);
    const tampered = Buffer.from(sealed.data!);
    tampered[20] ^= 0xff;
    await expect(codec.decode([{ ...sealed, data: tampered }])).rejects.toThrow();
    await expect(codec.decode([{ ...sealed, metadata: { ...sealed.metadata, [KEY_ID_METADATA]: Buffer.from('k1') } }])).rejects.toThrow();
  });

  it('passes payloads written before encryption through unchanged, so old histories replay', async () => {
    const clear = payload({ old: true });
    expect(await new AesGcmPayloadCodec(current).decode([clear])).toEqual([clear]);
  });

  it('refuses a key of the wrong length', () => {
    expect(() => new AesGcmPayloadCodec({ id: 'short', key: randomBytes(16) })).toThrow('payload key short must be 32 bytes, not 16');
  });
});

describe('payload keys from configuration', () => {
  it('reads "id:base64,id:base64" with the first as the current key, and makes new ones', () => {
    const keys = parsePayloadKeys(`${newPayloadKey('new')}, ${newPayloadKey('old')}`);
    expect(keys.map(({ id, key }) => [id, key.length])).toEqual([
      ['new', 32],
      ['old', 32],
    ]);
    expect(payloadCodecs(keys)).toHaveLength(1);
    expect(payloadCodecs([])).toEqual([]);
    expect(() => parsePayloadKeys('no-separator')).toThrow('each payload key must be written id:base64');
  });
});
