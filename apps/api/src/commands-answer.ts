import { METHOD_METADATA } from '@nestjs/common/constants';

/** Where @nestjs/swagger keeps a route's declared responses (its DECORATORS.API_RESPONSE, which the package does not export). */
const API_RESPONSE = 'swagger/apiResponse';

/**
 * On a controller of workflow commands, each answering the workflow's state:
 * documents that answer (a response decorator such as ApiOkResponse) on every
 * route that declares none of its own. A response declared on the controller
 * itself would not do: @nestjs/swagger lets each route's default 200 or 201
 * replace it.
 */
export function CommandsAnswer(answer: MethodDecorator): ClassDecorator {
  return (controller) => {
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(controller.prototype, name)!;
      const handler: unknown = descriptor.value;
      if (typeof handler !== 'function' || !Reflect.hasMetadata(METHOD_METADATA, handler)) continue;
      if (!Reflect.hasMetadata(API_RESPONSE, handler)) answer(controller.prototype, name, descriptor);
    }
  };
}
