import { ValidationOptions, registerDecorator } from 'class-validator';
import { says } from '../../validation/validators';
import { isDuration } from '../duration';

/** A duration string: ISO-8601 (`P6M`) or ms-style (`30d`, `6 months`). */
export function IsDuration(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isDuration',
      target: target.constructor,
      propertyName: propertyKey as string,
      options: { ...says('must-be-duration'), ...options },
      validator: { validate: (value: unknown) => isDuration(value) },
    });
}
