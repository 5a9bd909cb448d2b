import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AccessModule } from '../../../libs/access/access.module';
import { ConfigModule } from '../../../libs/config/config.module';
import { DatabaseHealth } from '../../../libs/persistence/database-health';
import { PersistenceModule } from '../../../libs/persistence/persistence.module';
import { AuthGuard } from './auth/auth.guard';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { apiValidationPipe } from './errors/validation.pipe';
import { HealthController } from './health/health.controller';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditTrail } from './audit/audit-trail';
import { EngineAdmissionInterceptor } from './engine/engine-admission.interceptor';
import { EngineClientModule } from './engine/engine-client.module';
import { EngineDeadlineInterceptor } from './engine/engine-deadline.interceptor';
import { EventLoopLag } from './load-shedding/event-loop-lag';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotentRequests } from './idempotency/idempotent-requests';
import { CodecModule } from './codec/codec.module';
import { EscalationsApiModule } from './escalations/escalations.module';
import { GdprApiModule } from './gdpr/gdpr.module';
import { MatchingModule } from './matching/matching.module';
import { MentorPathsModule } from './mentor-paths/mentor-paths.module';
import { MentorshipsModule } from './mentorships/mentorships.module';
import { NudgesApiModule } from './nudges/nudges.module';
import { PeopleModule } from './people/people.module';
import { ReferralsModule } from './people/referrals/referrals.module';
import { ProgramsModule } from './programs/programs.module';
import { ReportsApiModule } from './reports/reports.module';
import { IdentityApiModule } from './identity/identity-api.module';
import { TodayApiModule } from './today/today.module';
import { YoungPersonLinksModule } from './young-person-links/young-person-links.module';
import { CalendarModule } from './calendar/calendar.module';
import { ObservabilityModule } from './observability/observability.module';
import { RequestContextInterceptor } from './observability/request-context.interceptor';

@Module({
  imports: [
    ConfigModule,
    PersistenceModule,
    AccessModule,
    EngineClientModule,
    IdentityApiModule,
    ProgramsModule,
    PeopleModule,
    ReferralsModule,
    MentorPathsModule,
    MentorshipsModule,
    MatchingModule,
    NudgesApiModule,
    EscalationsApiModule,
    ReportsApiModule,
    CodecModule,
    GdprApiModule,
    TodayApiModule,
    YoungPersonLinksModule,
    CalendarModule,
    ObservabilityModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_PIPE, useValue: apiValidationPipe },
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    // Outermost: a request turned away at the engine gate before anything else runs costs next to nothing.
    { provide: APP_INTERCEPTOR, useClass: EngineAdmissionInterceptor },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
    // Inside the audit (a replayed answer is audited too), outside the route's own work, which a replay skips.
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    // Innermost: only the route's own calls to the engine are bounded.
    { provide: APP_INTERCEPTOR, useClass: EngineDeadlineInterceptor },
    // The route's own work runs in the request's context (its id, its engine waits): innermost, as an interceptor outside that
    // waits for a promise (the audit's row) calls the next one's handle() in the promise's context, not the one it was given.
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
    AuditTrail,
    IdempotentRequests,
    DatabaseHealth,
    EventLoopLag,
  ],
})
export class ApiModule {}
