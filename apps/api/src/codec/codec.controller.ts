import { BadRequestException, Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { Roles } from '../auth/decorators';
import { CodecRequest, JsonPayload } from './codec.dto';
import { coded } from '../../../../libs/validation/coded-exceptions';

export const PAYLOAD_CODECS = Symbol('PAYLOAD_CODECS');

/**
 * Temporal's remote codec server protocol (POST /codec/decode, /codec/encode),
 * so an operator can read the engine's encrypted payloads in the Web UI or
 * with `temporal ... --codec-endpoint`: for operators only, as what comes
 * back is what Temporal stores in clear.
 */
@ApiTags('codec')
@ApiBearerAuth()
@Roles('operator')
@Controller('codec')
export class CodecController {
  constructor(@Inject(PAYLOAD_CODECS) private readonly codecs: PayloadCodec[]) {}

  @Post('decode')
  @ApiOkResponse({ type: CodecRequest, description: 'The payloads decoded' })
  @HttpCode(200)
  async decode(@Body() body: CodecRequest): Promise<CodecRequest> {
    let payloads = (body.payloads ?? []).map(fromJson);
    try {
      for (const codec of [...this.codecs].reverse()) payloads = await codec.decode(payloads);
    } catch (error) {
      throw coded(BadRequestException, 'payloads-undecodable', { reason: (error as Error).message });
    }
    return { payloads: payloads.map(toJson) };
  }

  @Post('encode')
  @ApiOkResponse({ type: CodecRequest, description: 'The payloads encoded' })
  @HttpCode(200)
  async encode(@Body() body: CodecRequest): Promise<CodecRequest> {
    let payloads = (body.payloads ?? []).map(fromJson);
    for (const codec of this.codecs) payloads = await codec.encode(payloads);
    return { payloads: payloads.map(toJson) };
  }
}

function fromJson(payload: JsonPayload): Payload {
  return {
    metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(String(value), 'base64')])),
    data: Buffer.from(payload.data ?? '', 'base64'),
  };
}

function toJson(payload: Payload): JsonPayload {
  return {
    metadata: Object.fromEntries(
      Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')]),
    ),
    data: Buffer.from(payload.data ?? []).toString('base64'),
  };
}
