import type { INestApplication, Type } from '@nestjs/common';
import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  ARRAY_NOT_EMPTY,
  ARRAY_UNIQUE,
  getMetadataStorage,
  IS_EMAIL,
  IS_ENUM,
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
import { describedProperties } from './validated-inputs';

type Rule = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/**
 * What each class-validator rule says of a value, in JSON Schema. A rule not here (a calendar day, a duration, the custom rules of
 * libs/validation, none of which bounds a length or a number) is described by hand in the property's own description.
 */
const SCHEMA_OF_RULE: Record<string, (constraints: unknown[]) => SchemaObject> = {
  [IS_LENGTH]: ([min, max]) => ({ minLength: min as number, ...(max === undefined ? {} : { maxLength: max as number }) }),
  [MIN_LENGTH]: ([min]) => ({ minLength: min as number }),
  [MAX_LENGTH]: ([max]) => ({ maxLength: max as number }),
  [MIN]: ([min]) => ({ minimum: min as number }),
  [MAX]: ([max]) => ({ maximum: max as number }),
  [IS_INT]: () => ({ type: 'integer' }),
  [IS_UUID]: () => ({ format: 'uuid' }),
  [IS_EMAIL]: () => ({ format: 'email' }),
  [MATCHES]: ([pattern, modifiers]) => ecmaPattern(pattern, modifiers),
  [IS_IN]: ([values]) => ({ enum: values as unknown[] }),
  [IS_ENUM]: ([, values]) => ({ enum: values as unknown[] }),
  [ARRAY_MIN_SIZE]: ([min]) => ({ minItems: min as number }),
  [ARRAY_MAX_SIZE]: ([max]) => ({ maxItems: max as number }),
  [ARRAY_NOT_EMPTY]: () => ({ minItems: 1 }),
  [ARRAY_UNIQUE]: () => ({ uniqueItems: true }),
};

/**
 * A pattern keyword matches as the regex does without flags (JSON Schema has none), so a regex with flags (`/x/i`) is not said:
 * stated without its flag it would refuse what the pipe lets through.
 */
function ecmaPattern(pattern: unknown, modifiers: unknown): SchemaObject {
  if (pattern instanceof RegExp) return pattern.flags ? {} : { pattern: pattern.source };
  return typeof pattern === 'string' && !modifiers ? { pattern } : {};
}

/** Where two rules bound the same keyword (`@Length(1, 200) @MaxLength(100)`), the pipe lets through only what both do. */
const STRICTEST: Partial<Record<string, (a: number, b: number) => number>> = {
  minLength: Math.max,
  maxLength: Math.min,
  minimum: Math.max,
  maximum: Math.min,
  minItems: Math.max,
  maxItems: Math.min,
};

/**
 * Writes into the document what the validation pipe checks (lengths, bounds, UUIDs, patterns, sizes, allowed values), read from the
 * class-validator rules of the classes behind request bodies (component schemas) and behind query and path parameters, so a request
 * the document allows is one the pipe lets through. The rules are the one source: @ApiProperty does not repeat them, and where it
 * does the rule wins.
 */
export function documentValidationRules(document: OpenAPIObject, app: INestApplication): OpenAPIObject {
  const rulesOf = rulesByProperty();
  for (const { dto, property, schema } of describedProperties(document, app)) {
    const rules = rulesOf(dto).get(property) ?? [];
    const items = schema.type === 'array' && schema.items && !('$ref' in schema.items) ? schema.items : undefined;
    Object.assign(schema, said(rules.filter((rule) => !(items && rule.each))));
    if (items) Object.assign(items, said(rules.filter((rule) => rule.each)));
  }
  return document;
}

/** A class's rules by property, its parents' included; read once per class. */
function rulesByProperty(): (dto: Type) => Map<string, Rule[]> {
  const storage = getMetadataStorage();
  const read = new Map<Type, Map<string, Rule[]>>();
  return (dto) => {
    let rules = read.get(dto);
    if (!rules) {
      rules = new Map();
      for (const rule of storage.getTargetValidationMetadatas(dto, '', true, false)) {
        rules.set(rule.propertyName, [...(rules.get(rule.propertyName) ?? []), rule]);
      }
      read.set(dto, rules);
    }
    return rules;
  };
}

/** What a property's rules say together, each keyword once. */
function said(rules: Rule[]): SchemaObject {
  const schema: Record<string, unknown> = {};
  for (const rule of rules) {
    for (const [key, value] of Object.entries(rule.name ? (SCHEMA_OF_RULE[rule.name]?.(rule.constraints ?? []) ?? {}) : {})) {
      const stricter = STRICTEST[key];
      schema[key] = stricter && key in schema ? stricter(schema[key] as number, value as number) : value;
    }
  }
  return schema;
}
