import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

type Schema = SchemaObject | ReferenceObject;

/**
 * Says of every request body schema (and each object schema it refers to)
 * that no field but those declared is allowed: the validation pipe refuses
 * unknown fields (`forbidNonWhitelisted`), so a body with one is not valid
 * input, and the document must not call it so.
 */
export function documentClosedBodies(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const closed = new Set<string>();
  const close = (schema: Schema | undefined): void => {
    if (!schema) return;
    if ('$ref' in schema) {
      const name = schema.$ref.split('/').pop()!;
      if (closed.has(name)) return;
      closed.add(name);
      return close(schemas[name]);
    }
    if (schema.type === 'object' && schema.properties) schema.additionalProperties = false;
    for (const property of Object.values(schema.properties ?? {})) close(property);
    if (schema.type === 'array') close(schema.items);
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) close(part);
  };
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of [pathItem.post, pathItem.put, pathItem.patch, pathItem.delete]) {
      const body = operation?.requestBody;
      if (body && !('$ref' in body)) for (const media of Object.values(body.content)) close(media.schema);
    }
  }
  return document;
}
