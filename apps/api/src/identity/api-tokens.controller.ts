import { Body, Controller, Delete, ForbiddenException, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../libs/auth/roles';
import { ApiTokens, ApiTokenView } from '../../../../libs/identity/api-tokens';
import { CurrentPrincipal, Roles } from '../auth/decorators';
import { IdentityAudit } from './identity-audit';
import { ApiTokenIdParam, ApiTokenView as ApiTokenDoc, CreateApiTokenDto, CreatedApiTokenView } from './identity.dto';
import { coded } from '../../../../libs/validation/coded-exceptions';

/** Operators make named, scoped, revocable tokens for machines. */
@ApiTags('api-tokens')
@Roles('operator')
@Controller('api-tokens')
export class ApiTokensController {
  constructor(
    private readonly tokens: ApiTokens,
    private readonly audit: IdentityAudit,
  ) {}

  /** The secret is in this answer only; it is not kept. */
  @Post()
  @ApiCreatedResponse({ type: CreatedApiTokenView })
  async create(@Body() dto: CreateApiTokenDto, @CurrentPrincipal() principal: Principal): Promise<{ token: ApiTokenView; secret: string }> {
    // A token makes no tokens: each one is traced to an operator who signed in.
    if (principal.via === 'api-token' || principal.via === 'oidc-token' || !principal.accountId)
      throw coded(ForbiddenException, 'api-token-needs-operator');
    const created = await this.tokens.create(principal.accountId, {
      name: dto.name,
      scopes: dto.scopes,
      programIds: dto.programIds ?? [],
      expiresInDays: dto.expiresInDays,
    });
    await this.audit.record('api-token-created', principal, { tokenId: created.token.id });
    return created;
  }

  @Get()
  @ApiOkResponse({ type: [ApiTokenDoc] })
  list(): Promise<ApiTokenView[]> {
    return this.tokens.list();
  }

  /** Revoking twice answers the token as it is. */
  @Delete(':id')
  @ApiOkResponse({ type: ApiTokenDoc })
  async revoke(@Param() { id }: ApiTokenIdParam, @CurrentPrincipal() principal: Principal): Promise<ApiTokenView> {
    const { token, revokedNow } = await this.tokens.revoke(id);
    if (revokedNow) await this.audit.record('api-token-revoked', principal, { tokenId: id });
    return token;
  }
}
