import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBase64, IsObject, IsOptional, ValidateNested } from 'class-validator';

/** A payload as Temporal's codec server protocol writes it in JSON: metadata values and data in base64. */
export class JsonPayload {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', format: 'byte' } })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, string>;
  @ApiPropertyOptional({ format: 'byte' }) @IsOptional() @IsBase64() data?: string;
}

export class CodecRequest {
  /** Absent for none: protobuf's JSON leaves out an empty list, and the Temporal CLI sends `{}`. */
  @ApiPropertyOptional({ type: [JsonPayload] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => JsonPayload)
  payloads?: JsonPayload[];
}
