import type { Type } from '@nestjs/common';
import type { SchemaObject } from '@nestjs/swagger';
import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  ARRAY_NOT_EMPTY,
  getMetadataStorage,
  IS_LENGTH,
  MAX,
  MAX_LENGTH,
  MIN,
  MIN_LENGTH,
  ValidationTypes,
} from 'class-validator';
import { describedProperties, parameterClasses } from '../apps/api/src/errors/validated-inputs';
import { withOpenApiDocument } from './openapi-document';

// The validation pipe's rules are the one source of an input's limits; the document must say each, or a client (the fuzzer, the
// console's forms) is told a request is valid that the pipe refuses. Checked here against the class-validator metadata itself.

type Limit = 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'minItems' | 'maxItems';

/** The limits each length or range rule sets, by its constraints. */
const LIMITS_OF_RULE: Record<string, (constraints: unknown[]) => Partial<Record<Limit, number>>> = {
  [IS_LENGTH]: ([min, max]) => ({ minLength: min as number, ...(max === undefined ? {} : { maxLength: max as number }) }),
  [MIN_LENGTH]: ([min]) => ({ minLength: min as number }),
  [MAX_LENGTH]: ([max]) => ({ maxLength: max as number }),
  [MIN]: ([min]) => ({ minimum: min as number }),
  [MAX]: ([max]) => ({ maximum: max as number }),
  [ARRAY_MIN_SIZE]: ([min]) => ({ minItems: min as number }),
  [ARRAY_MAX_SIZE]: ([max]) => ({ maxItems: max as number }),
  [ARRAY_NOT_EMPTY]: () => ({ minItems: 1 }),
};

/** Several rules on one value bound it together: the greatest lower bound, the least upper one. */
const isLower = (limit: Limit) => limit.startsWith('min');

interface Check {
  where: string;
  limit: Limit;
  rule: number;
  stated: unknown;
}

/** What every rule of a property bounds, and what the document states there (of its items, for a rule on each item). */
function checksOf(dto: Type, property: string, schema: SchemaObject, where: string): Check[] {
  const bounds = new Map<string, { schema: SchemaObject; where: string; limit: Limit; rule: number }>();
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    if (rule.propertyName !== property || rule.type !== ValidationTypes.CUSTOM_VALIDATION) continue;
    const items = rule.each && schema.type === 'array' && schema.items && !('$ref' in schema.items) ? schema.items : undefined;
    for (const [limit, value] of Object.entries(LIMITS_OF_RULE[rule.name ?? '']?.(rule.constraints ?? []) ?? {}) as [Limit, number][]) {
      const key = `${items ? 'items ' : ''}${limit}`;
      const known = bounds.get(key);
      const bound = known ? (isLower(limit) ? Math.max : Math.min)(known.rule, value) : value;
      bounds.set(key, { schema: items ?? schema, where: items ? `${where} (each item)` : where, limit, rule: bound });
    }
  }
  return [...bounds.values()].map(({ schema, where, limit, rule }) => ({ where, limit, rule, stated: schema[limit] }));
}

describe('the limits the OpenAPI document states for a request', () => {
  let checks: Check[];
  let uncovered: string[];
  let unmatched: string[];
  beforeAll(async () => {
    ({ checks, uncovered, unmatched } = await withOpenApiDocument((document, app) => {
      const described = describedProperties(document, app);
      const describedClasses = new Set(described.map(({ dto }) => dto.name));
      // Every class with rules that the document holds as a schema of its own: a class the walk from the routes missed shows here.
      const ruled = (getMetadataStorage() as unknown as { validationMetadatas: Map<Type, unknown> }).validationMetadatas.keys();
      return {
        checks: described.flatMap(({ dto, property, schema, where }) => checksOf(dto, property, schema, where)),
        uncovered: [...ruled].map(({ name }) => name).filter((name) => document.components?.schemas?.[name] && !describedClasses.has(name)),
        unmatched: parameterClasses(document, app)
          .filter(({ operation }) => !operation)
          .map(({ dto }) => dto.name),
      };
    }));
  }, 60_000);

  it("are every length and range rule's, for each property of a body, a query or a path", () => {
    const drifted = checks
      .filter(({ rule, stated }) => stated !== rule)
      .map(({ where, limit, rule, stated }) => `${where}: ${limit} is ${JSON.stringify(stated)}, the rule says ${rule}`);
    expect(drifted).toEqual([]);
  });

  it('are checked in bodies, queries and paths alike, the calendar feed token among them', () => {
    expect(checks).toContainEqual({ where: 'GET /calendar-feeds/mentor.ics query token', limit: 'maxLength', rule: 100, stated: 100 });
    expect(checks.some(({ where }) => where.startsWith('components.schemas.'))).toBe(true);
    expect(checks.some(({ where }) => / path /.test(where))).toBe(true);
  });

  it('leave out no class with rules that the document describes, nor a route whose query or path is a class', () => {
    expect(uncovered).toEqual([]);
    expect(unmatched).toEqual([]);
  });
});
