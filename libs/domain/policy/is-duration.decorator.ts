import { ValidationOptions, registerDecorator } from 'class-validator';
import { isDuration } from '../duration';

/** A duration string: ISO-8601 (`P6M`) or ms-style (`30d`, `6 months`). */
export function IsDuration(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isDuration',
      target: target.constructor,
      propertyName: propertyKey as string,
      options: { message: `$property must be a duration such as "P6M", "30d" or "6 months"`, ...options },
      validator: { validate: (value: unknown) => isDuration(value) },
    });
}
