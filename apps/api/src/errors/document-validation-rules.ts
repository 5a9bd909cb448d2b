import type { INestApplication, Type } from '@nestjs/common';
import { PARAMTYPES_METADATA } from '@nestjs/common/constants';
import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  ARRAY_NOT_EMPTY,
  ARRAY_UNIQUE,
  getMetadataStorage,
  IS_EMAIL,
  IS_IN,
  IS_INT,
  IS_LENGTH,
  IS_UUID,
  MATCHES,
  MAX,
  MAX_LENGTH,
  MIN,
  MIN_LENGTH,
} from 'class-validator';
import { routeHandlers } from '../route-handlers';

type Rule = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** What each class-validator rule says of a value, in JSON Schema; a rule not here (a calendar day, a duration) is described by hand. */
const SCHEMA_OF_RULE: Record<string, (constraints: unknown[]) => SchemaObject> = {
  [IS_LENGTH]: ([min, max]) => ({ minLength: min as number, ...(max === undefined ? {} : { maxLength: max as number }) }),
  [MIN_LENGTH]: ([min]) => ({ minLength: min as number }),
  [MAX_LENGTH]: ([max]) => ({ maxLength: max as number }),
  [MIN]: ([min]) => ({ minimum: min as number }),
  [MAX]: ([max]) => ({ maximum: max as number }),
  [IS_INT]: () => ({ type: 'integer' }),
  [IS_UUID]: () => ({ format: 'uuid' }),
  [IS_EMAIL]: () => ({ format: 'email' }),
  [MATCHES]: ([pattern]) => ({ pattern: (pattern as RegExp).source }),
  [IS_IN]: ([values]) => ({ enum: values as unknown[] }),
  [ARRAY_MIN_SIZE]: ([min]) => ({ minItems: min as number }),
  [ARRAY_MAX_SIZE]: ([max]) => ({ maxItems: max as number }),
  [ARRAY_NOT_EMPTY]: () => ({ minItems: 1 }),
  [ARRAY_UNIQUE]: () => ({ uniqueItems: true }),
};

/**
 * Writes into the document what the validation pipe checks and a property's
 * own description leaves out (lengths, bounds, UUIDs, patterns, sizes), read
 * from the DTO classes' class-validator rules, so a body, query or path the
 * document allows is one the pipe lets through, without each rule being
 * written twice. What a property's @ApiProperty says stays.
 */
export function documentValidationRules(document: OpenAPIObject, app: INestApplication): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const storage = getMetadataStorage();
  for (const dto of dtoClasses(app)) {
    const schema = schemas[dto.name];
    if (!schema || '$ref' in schema || !schema.properties) continue;
    for (const rule of storage.getTargetValidationMetadatas(dto, '', true, false)) {
      const property = schema.properties[rule.propertyName];
      if (!property || '$ref' in property) continue;
      const described = rule.each && property.type === 'array' && property.items && !('$ref' in property.items) ? property.items : property;
      describe(described, rule);
    }
  }
  return document;
}

function describe(schema: SchemaObject, rule: Rule): void {
  const said = rule.name ? SCHEMA_OF_RULE[rule.name]?.(rule.constraints ?? []) : undefined;
  for (const [key, value] of Object.entries(said ?? {})) {
    const own = schema as Record<string, unknown>;
    own[key] ??= value;
  }
}

/** Where @nestjs/swagger keeps a class's documented properties (its DECORATORS, which the package does not export). */
const DOCUMENTED_PROPERTIES = 'swagger/apiModelPropertiesArray';
const DOCUMENTED_PROPERTY = 'swagger/apiModelProperties';

/** The classes the API validates: each route's parameter types (bodies, queries, paths) and the classes their properties hold. */
function dtoClasses(app: INestApplication): Set<Type> {
  const classes = new Set<Type>();
  const add = (type: unknown): void => {
    if (typeof type !== 'function' || type === Object || !type.prototype || classes.has(type as Type)) return;
    classes.add(type as Type);
    for (const key of (Reflect.getMetadata(DOCUMENTED_PROPERTIES, type.prototype) ?? []) as string[]) {
      const held: unknown = Reflect.getMetadata(DOCUMENTED_PROPERTY, type.prototype, key.replace(/^:/, ''))?.type;
      // A lazy type (`type: () => ContactDto`) is a function without a prototype.
      add(typeof held === 'function' && !held.prototype ? [(held as () => unknown)()].flat()[0] : held);
    }
  };
  for (const { controller, name } of routeHandlers(app)) {
    for (const type of (Reflect.getMetadata(PARAMTYPES_METADATA, controller.prototype, name) ?? []) as unknown[]) add(type);
  }
  return classes;
}
