import type { INestApplication, Type } from '@nestjs/common';
import { PARAMTYPES_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { OpenAPIObject, OperationObject, ParameterObject, SchemaObject } from '@nestjs/swagger';
import { routeHandlers } from '../route-handlers';

/** One property of a class the validation pipe checks, and the schema the document gives it. */
export interface DescribedProperty {
  dto: Type;
  property: string;
  schema: SchemaObject;
  /** Where in the document, for a reader: `components.schemas.X.y` or `GET /path?y`. */
  where: string;
}

/** A route's argument whose class is split into parameters, one per property: `@Query() q: SomeQuery`, `@Param() p: IdParam`. */
export interface ParameterClass {
  dto: Type;
  in: 'query' | 'path';
  /** The route's operation, by the id @nestjs/swagger gives it; undefined for a route the document leaves out. */
  operation?: { method: string; path: string; operation: OperationObject };
}

/**
 * Every property of a validated class the document describes: a request body's class and the classes its properties hold are
 * component schemas (named after the class), and a query's or path's class becomes the operation's parameters.
 */
export function describedProperties(document: OpenAPIObject, app: INestApplication): DescribedProperty[] {
  const found: DescribedProperty[] = [];
  const schemas = document.components?.schemas ?? {};
  for (const dto of dtoClasses(app)) {
    const schema = schemas[dto.name];
    if (!schema || '$ref' in schema) continue;
    for (const [property, held] of Object.entries(schema.properties ?? {})) {
      if (!('$ref' in held)) found.push({ dto, property, schema: held, where: `components.schemas.${dto.name}.${property}` });
    }
  }
  for (const { dto, in: place, operation } of parameterClasses(document, app)) {
    for (const parameter of (operation?.operation.parameters ?? []) as ParameterObject[]) {
      if (parameter.in !== place || !parameter.schema || '$ref' in parameter.schema) continue;
      const where = `${operation!.method.toUpperCase()} ${operation!.path} ${place} ${parameter.name}`;
      found.push({ dto, property: parameter.name, schema: parameter.schema, where });
    }
  }
  return found;
}

const PARAMETER_PLACES: Partial<Record<RouteParamtypes, ParameterClass['in']>> = {
  [RouteParamtypes.QUERY]: 'query',
  [RouteParamtypes.PARAM]: 'path',
};

/** Each route argument taken whole as a class from the query or the path (not `@Query('name')`), with the route's operation. */
export function parameterClasses(document: OpenAPIObject, app: INestApplication): ParameterClass[] {
  const found: ParameterClass[] = [];
  const operations = operationsById(document);
  for (const { controller, name } of routeHandlers(app)) {
    const types = (Reflect.getMetadata(PARAMTYPES_METADATA, controller.prototype, name) ?? []) as unknown[];
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
    for (const [key, { index, data }] of Object.entries(args)) {
      const place = PARAMETER_PLACES[Number(key.split(':')[0]) as RouteParamtypes];
      const dto = types[index];
      if (!place || data !== undefined || !isClass(dto)) continue;
      const id = `${controller.name}_${name}`;
      const operation = operations.get(id) ?? [...operations.entries()].find(([other]) => other.startsWith(`${id}_`))?.[1];
      found.push({ dto, in: place, operation });
    }
  }
  return found;
}

function operationsById(document: OpenAPIObject): Map<string, NonNullable<ParameterClass['operation']>> {
  const found = new Map<string, NonNullable<ParameterClass['operation']>>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const) {
      const operation = item[method];
      if (operation?.operationId) found.set(operation.operationId, { method, path, operation });
    }
  }
  return found;
}

function isClass(type: unknown): type is Type {
  return typeof type === 'function' && type !== Object && type !== String && type !== Number && type !== Boolean && !!type.prototype;
}

/** Where @nestjs/swagger keeps a class's documented properties (its DECORATORS, which the package does not export). */
const DOCUMENTED_PROPERTIES = 'swagger/apiModelPropertiesArray';
const DOCUMENTED_PROPERTY = 'swagger/apiModelProperties';

/** Where @nestjs/swagger keeps a route's documented answers, by status: `{ 200: { type: SomeView } }`. */
const DOCUMENTED_RESPONSES = 'swagger/apiResponse';

/**
 * The classes the document describes: each route's parameter types (bodies, queries, paths) and answers, and the classes their
 * properties hold. An answer's class has rules when it is made of an input's (`IntersectionType(ArchivableView, CreateMentorDto)`).
 */
function dtoClasses(app: INestApplication): Set<Type> {
  const classes = new Set<Type>();
  const add = (type: unknown): void => {
    if (!isClass(type) || classes.has(type)) return;
    classes.add(type);
    for (const key of (Reflect.getMetadata(DOCUMENTED_PROPERTIES, type.prototype) ?? []) as string[]) {
      const held: unknown = Reflect.getMetadata(DOCUMENTED_PROPERTY, type.prototype, key.replace(/^:/, ''))?.type;
      // A lazy type (`type: () => ContactDto`) is a function without a prototype; a list's is in brackets (`type: [ContactDto]`).
      add([typeof held === 'function' && !held.prototype ? (held as () => unknown)() : held].flat()[0]);
    }
  };
  for (const { controller, name, handler } of routeHandlers(app)) {
    for (const type of (Reflect.getMetadata(PARAMTYPES_METADATA, controller.prototype, name) ?? []) as unknown[]) add(type);
    const responses = (Reflect.getMetadata(DOCUMENTED_RESPONSES, handler) ?? {}) as Record<string, { type?: unknown }>;
    for (const { type } of Object.values(responses)) add(typeof type === 'function' && !type.prototype ? (type as () => unknown)() : type);
  }
  return classes;
}
