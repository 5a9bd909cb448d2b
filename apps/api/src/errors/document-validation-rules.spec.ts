import 'reflect-metadata';
import { Body, Controller, INestApplication, Module, Param, Post, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiProperty, DocumentBuilder, OpenAPIObject, ParameterObject, SchemaObject, SwaggerModule } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { documentValidationRules } from './document-validation-rules';

enum Colour {
  Red = 'red',
  Blue = 'blue',
}

class ProbeDto {
  @ApiProperty({ maxLength: 500, description: 'kept' }) @MaxLength(100) @Length(1, 200) name!: string;
  @ApiProperty() @Matches(/^[a-z]+$/) slug!: string;
  @ApiProperty() @Matches(/^[a-z]+$/i) code!: string;
  @ApiProperty({ type: [String] }) @ArrayMaxSize(3) @IsUUID('all', { each: true }) ids!: string[];
  @ApiProperty({ type: String }) @IsEnum(Colour) colour!: Colour;
}

class ProbeQuery {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(9) page!: number;
  @ApiProperty({ enum: ['a', 'b'] }) @IsIn(['a', 'c']) kind!: string;
}

class ProbeParam {
  @ApiProperty() @IsUUID() id!: string;
}

@Controller('probes')
class ProbeController {
  @Post(':id') make(@Param() param: ProbeParam, @Body() body: ProbeDto, @Query() query: ProbeQuery): void {
    void [param, body, query];
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('documentValidationRules', () => {
  let app: INestApplication;
  let document: OpenAPIObject;
  beforeAll(async () => {
    app = await NestFactory.create(ProbeModule, { preview: true, logger: false });
    document = documentValidationRules(SwaggerModule.createDocument(app, new DocumentBuilder().build()), app);
  });
  afterAll(() => app.close());

  const property = (name: string) => (document.components!.schemas!.ProbeDto as SchemaObject).properties![name] as SchemaObject;
  const parameter = (name: string) =>
    (document.paths['/probes/{id}'].post!.parameters as ParameterObject[]).find((p) => p.name === name)!.schema as SchemaObject;

  it("states a body's limits as its rules set them, the strictest where two bound one keyword, over what @ApiProperty says", () => {
    expect(property('name')).toMatchObject({ minLength: 1, maxLength: 100, description: 'kept' });
    expect(property('ids')).toMatchObject({ maxItems: 3, items: { type: 'string', format: 'uuid' } });
    expect(property('colour')).toMatchObject({ type: 'string', enum: ['red', 'blue'] });
  });

  it("states a pattern only for a regex without flags, which JSON Schema's pattern cannot carry", () => {
    expect(property('slug').pattern).toBe('^[a-z]+$');
    expect(property('code')).not.toHaveProperty('pattern');
  });

  it('states the rules of the classes behind query and path parameters in their schemas', () => {
    expect(parameter('page')).toEqual({ type: 'integer', minimum: 1, maximum: 9 });
    expect(parameter('kind')).toMatchObject({ enum: ['a', 'c'] });
    expect(parameter('id')).toMatchObject({ type: 'string', format: 'uuid' });
  });
});
