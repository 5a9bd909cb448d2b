import { BadRequestException } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { documentIdempotencyKey } from './document-idempotency-key';
import { isKeyedMethod, readIdempotencyKey } from './idempotency-key';
import { canonicalJson, requestFingerprint, sameRequest } from './request-fingerprint';

describe('readIdempotencyKey', () => {
  it('reads the header when it is 8 to 100 printable ASCII characters, and nothing when it is absent', () => {
    expect(readIdempotencyKey({ 'idempotency-key': 'retry-me-123' })).toBe('retry-me-123');
    expect(readIdempotencyKey({ 'idempotency-key': 'x'.repeat(100) })).toBe('x'.repeat(100));
    expect(readIdempotencyKey({})).toBeUndefined();
  });

  it.each([
    ['too short', 'short'],
    ['too long', 'x'.repeat(101)],
    ['with a space', 'retry me 123'],
    ['not ASCII', 'prøv-igen-123'],
    ['sent twice', ['retry-me-123', 'retry-me-456']],
  ])('refuses a key %s with a 400 naming the header', (_, value) => {
    const refusal = (() => {
      try {
        readIdempotencyKey({ 'idempotency-key': value as string });
      } catch (error) {
        return error;
      }
    })() as BadRequestException;
    expect(refusal).toBeInstanceOf(BadRequestException);
    expect(refusal.getResponse()).toEqual({
      message: 'Idempotency-Key: must be 8 to 100 printable ASCII characters without spaces',
      code: 'invalid-input',
      problems: [
        {
          path: 'Idempotency-Key',
          problem: 'must be 8 to 100 printable ASCII characters without spaces',
          code: 'idempotency-key-malformed',
        },
      ],
    });
  });

  it('is honoured on writes only', () => {
    expect(['POST', 'PUT', 'PATCH', 'DELETE', 'post'].map(isKeyedMethod)).toEqual([true, true, true, true, true]);
    expect(['GET', 'HEAD', 'OPTIONS'].map(isKeyedMethod)).toEqual([false, false, false]);
  });
});

describe('requestFingerprint', () => {
  const fingerprint = (method: string, url: string, body: unknown) => requestFingerprint(method, url, body);

  it('is the same for the same method, path, query and body, whatever the order of the body’s keys', () => {
    const first = fingerprint('POST', '/young-people?x=1', { contact: { name: 'Aisha', email: 'a@example.dk' }, birthDate: '2006-04-17' });
    const retry = fingerprint('post', '/young-people?x=1', { birthDate: '2006-04-17', contact: { email: 'a@example.dk', name: 'Aisha' } });
    expect(sameRequest(first, retry)).toBe(true);
    expect(first).toEqual({ method: 'POST', url: '/young-people?x=1', bodySha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('differs in the method, the path, the query, the body or the order of an array', () => {
    const first = fingerprint('POST', '/mentorships/1/meetings', { ids: [1, 2] });
    expect(sameRequest(first, fingerprint('PUT', '/mentorships/1/meetings', { ids: [1, 2] }))).toBe(false);
    expect(sameRequest(first, fingerprint('POST', '/mentorships/2/meetings', { ids: [1, 2] }))).toBe(false);
    expect(sameRequest(first, fingerprint('POST', '/mentorships/1/meetings?again=1', { ids: [1, 2] }))).toBe(false);
    expect(sameRequest(first, fingerprint('POST', '/mentorships/1/meetings', { ids: [1, 3] }))).toBe(false);
    expect(sameRequest(first, fingerprint('POST', '/mentorships/1/meetings', { ids: [2, 1] }))).toBe(false);
  });

  it('counts no body as null', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});

describe('documentIdempotencyKey', () => {
  it('declares the header once and refers to it from every write operation, not from reads', () => {
    const operation = () => ({ responses: {} });
    const document = documentIdempotencyKey(
      {
        openapi: '3.0.0',
        info: { title: 't', version: '1' },
        paths: {
          '/programs': { get: operation(), post: operation() },
          '/programs/{id}': { put: operation(), patch: operation(), delete: { ...operation(), parameters: [{ name: 'id', in: 'path' }] } },
        },
      } as OpenAPIObject,
      'P1D',
    );
    const reference = { $ref: '#/components/parameters/IdempotencyKey' };
    expect(document.components?.parameters?.IdempotencyKey).toMatchObject({ name: 'Idempotency-Key', in: 'header', required: false });
    expect(document.paths['/programs'].get?.parameters).toBeUndefined();
    expect(document.paths['/programs'].post?.parameters).toEqual([reference]);
    expect(document.paths['/programs/{id}'].put?.parameters).toEqual([reference]);
    expect(document.paths['/programs/{id}'].patch?.parameters).toEqual([reference]);
    expect(document.paths['/programs/{id}'].delete?.parameters).toEqual([{ name: 'id', in: 'path' }, reference]);
  });
});
