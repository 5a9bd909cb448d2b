import type { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

/** One route's handler: its controller, its method's name, the method. */
export interface RouteHandler {
  controller: Type;
  name: string;
  handler: (...args: unknown[]) => unknown;
}

/** Every route handler of the application, those a controller inherits too (the archivable kinds get theirs from a base class). */
export function routeHandlers(app: INestApplication): RouteHandler[] {
  const found: RouteHandler[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const controller = metatype as Type;
      const names = new Set<string>();
      for (
        let prototype = controller.prototype;
        prototype && prototype !== Object.prototype;
        prototype = Object.getPrototypeOf(prototype)
      ) {
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const handler: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
          if (names.has(name) || typeof handler !== 'function' || !Reflect.hasMetadata(METHOD_METADATA, handler)) continue;
          names.add(name);
          found.push({ controller, name, handler: handler as RouteHandler['handler'] });
        }
      }
    }
  }
  return found;
}
