import type { OpenAPIObject } from '@nestjs/swagger';
import { documentClosedBodies } from './document-closed-bodies';

describe('documentClosedBodies', () => {
  const document = (): OpenAPIObject => ({
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/mentors': {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateMentorDto' } } } },
          responses: {
            '201': { description: 'made', content: { 'application/json': { schema: { $ref: '#/components/schemas/MentorView' } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        CreateMentorDto: {
          type: 'object',
          properties: {
            contact: { $ref: '#/components/schemas/ContactDto' },
            tags: { type: 'array', items: { $ref: '#/components/schemas/TagDto' } },
            policy: { type: 'object' },
          },
        },
        ContactDto: { type: 'object', properties: { name: { type: 'string' } } },
        TagDto: { type: 'object', properties: { name: { type: 'string' } } },
        MentorView: { type: 'object', properties: { id: { type: 'string' } } },
      },
    },
  });

  it('closes a body and every object it refers to, as the validation pipe refuses unknown fields', () => {
    const { schemas } = documentClosedBodies(document()).components!;
    for (const name of ['CreateMentorDto', 'ContactDto', 'TagDto']) expect(schemas![name]).toMatchObject({ additionalProperties: false });
  });

  it('leaves answers and free-form objects (a policy) open', () => {
    const { schemas } = documentClosedBodies(document()).components!;
    expect(schemas!.MentorView).not.toHaveProperty('additionalProperties');
    expect((schemas!.CreateMentorDto as { properties: Record<string, object> }).properties.policy).toEqual({ type: 'object' });
  });
});
