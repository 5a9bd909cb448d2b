import { applyDecorators, Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsISO8601,
  IsObject,
  IsString,
  Length,
  Matches,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { isCalendarDate } from '../calendar/calendar-date';
import { codeAndParams, ErrorArgs, ErrorCode, errorText } from '../contracts/error-codes';

/** Class-validator decorators the DTOs of the API and of libs/ share. */

/**
 * A rule's message and code from libs/contracts: class-validator says the
 * message, and the problem made of it (problems.ts) carries the code and its
 * parameters from the context.
 */
export function says<Code extends ErrorCode>(code: Code, ...params: ErrorArgs<Code>): ValidationOptions {
  return { message: `$property ${errorText(code, ...params)}`, context: codeAndParams(code, ...params) };
}

function rule(name: string, options: ValidationOptions, validate: (value: unknown, object: object) => boolean): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: { validate: (value, args) => validate(value, args!.object) },
    });
}

/** May be left out, but not null: the column has a default and no null. (IsOptional would let null through to a NOT NULL column.) */
export const Omittable = () => ValidateIf((_, value) => value !== undefined);

/** A real day written YYYY-MM-DD. */
export const IsCalendarDate = () => rule('isCalendarDate', says('must-be-date'), isCalendarDate);

/**
 * A moment with its time zone stated (Z or an offset), or a day (its start, in UTC): never a local time the server would guess the zone of.
 */
export const IsMoment = () =>
  applyDecorators(
    IsISO8601({ strict: true }, says('must-be-iso-moment')),
    Matches(/^\d{4}-\d{2}-\d{2}(T[^Z+-]+(Z|[+-]\d{2}:\d{2}))?$/, says('must-be-moment')),
  );

/** The zone whose day begins first (Kiribati's Line Islands, UTC+14). */
const EARLIEST_OFFSET = '+14:00';

/**
 * Not later than now. A day (YYYY-MM-DD) is later only while it has begun nowhere yet: read in UTC, a day written in Copenhagen just
 * after midnight would be in the future. What must have come where a course is kept (a meeting, check-in, missed meeting or
 * measurement) the course's rules check in its program's time zone, refusing it as date-in-future.
 */
export const IsNotInFuture = () =>
  rule('isNotInFuture', says('must-not-be-in-future'), (value) => {
    if (typeof value !== 'string') return false;
    return Date.parse(isCalendarDate(value) ? `${value}T00:00:00${EARLIEST_OFFSET}` : value) <= Date.now();
  });

/** Later than another date property of the same object; not checked until that one is a date itself. */
export const IsAfter = (property: string) =>
  rule('isAfter', says('must-be-after', { other: property }), (value, object) => {
    const other = Date.parse(String((object as Record<string, unknown>)[property]));
    return Number.isNaN(other) || (typeof value === 'string' && Date.parse(value) > other);
  });

/** A nested object validated as its own DTO. */
export const Nested = (type: Class, { required = true } = {}) =>
  applyDecorators(
    required ? ApiProperty({ type }) : ApiPropertyOptional({ type }),
    IsObject(),
    ValidateNested(),
    Type(() => type),
  );

/** A short list of distinct free-text tags such as languages or interests, compared as tags by matching. */
export const TagList = (maxItems: number, maxLength: number, example: string[]) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], example, default: [] }),
    Omittable(),
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    IsString({ each: true }),
    Length(1, maxLength, { each: true }),
  );
