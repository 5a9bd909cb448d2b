import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../libs/auth/roles';
import type { AccountView } from '../../../../libs/identity/account-rows';
import { Accounts } from '../../../../libs/identity/accounts';
import { CurrentPrincipal, Roles } from '../auth/decorators';
import { AccountIdParam, AccountListQuery, AccountViewDto, ChangeAccountDto, CreateAccountDto } from './accounts.dto';

/**
 * The accounts that are not person rows: operators and program
 * administrators. Who may do what to which is the access module's
 * (Permission.Account*); the service asks it first.
 */
@ApiTags('accounts')
@Roles('operator', 'program-admin')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: Accounts) {}

  /** She signs in with the address at once (by mail link, or the identity provider). */
  @Post()
  @ApiCreatedResponse({ type: AccountViewDto })
  create(@Body() dto: CreateAccountDto, @CurrentPrincipal() principal: Principal): Promise<AccountView> {
    return this.accounts.create(principal, { email: dto.email, name: dto.name, role: dto.role, language: dto.language ?? 'da' });
  }

  /** Live accounts she may see; disabled ones too with includeDisabled=true. */
  @Get()
  @ApiOkResponse({ type: [AccountViewDto] })
  list(@Query() query: AccountListQuery, @CurrentPrincipal() principal: Principal): Promise<AccountView[]> {
    return this.accounts.list(principal, { role: query.role, includeDisabled: query.includeDisabled === 'true' });
  }

  @Get(':id')
  @ApiOkResponse({ type: AccountViewDto })
  get(@Param() { id }: AccountIdParam, @CurrentPrincipal() principal: Principal): Promise<AccountView> {
    return this.accounts.get(principal, id);
  }

  /** Her name, role or language; refused (409) when it would leave no operator who can sign in. */
  @Patch(':id')
  @ApiOkResponse({ type: AccountViewDto })
  change(@Param() { id }: AccountIdParam, @Body() dto: ChangeAccountDto, @CurrentPrincipal() principal: Principal): Promise<AccountView> {
    return this.accounts.change(principal, id, dto);
  }

  /**
   * Disables the account: she signs in no more, and her sessions, sign-in
   * links and API tokens end at once. Refused (409) for the last operator
   * who can sign in.
   */
  @Delete(':id')
  @HttpCode(200)
  @ApiOkResponse({ type: AccountViewDto })
  disable(@Param() { id }: AccountIdParam, @CurrentPrincipal() principal: Principal): Promise<AccountView> {
    return this.accounts.disable(principal, id);
  }
}
