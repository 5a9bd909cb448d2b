/**
 * Everything the API lets someone see or do, one entry per rule: a route
 * names the permission it needs and the ids it acts on, and the access
 * module (relations.ts) decides who holds it. Each comment says who does.
 */
export enum Permission {
  /** Program administrators. */
  ProgramCreate = 'program.create',
  /** Program administrators any program; coordinators the programs they coordinate. */
  ProgramRead = 'program.read',
  /** Program administrators: policy, lead, archive. */
  ProgramManage = 'program.manage',
  /** Coordinators of the program: its mentor candidates, group meetings. */
  ProgramCoordinate = 'program.coordinate',
  /** Operators any program; coordinators theirs (a municipal one only her municipality's figures, see AccessService.municipalityFilter). */
  ReportRead = 'report.read',

  /** Program administrators. */
  MunicipalityManage = 'municipality.manage',
  /** Program administrators and coordinators: a municipality is a name and a code, nobody's data. */
  MunicipalityRead = 'municipality.read',
  /** Coordinators of any program in any municipality, a municipal one only in hers: where referrers and young people are registered. */
  MunicipalityWork = 'municipality.work',
  /** Program administrators. */
  CoordinatorManage = 'coordinator.manage',
  /** Program administrators. */
  PanelMemberManage = 'panel-member.manage',
  /** Program administrators; coordinators the panel of their programs (to reassign an escalation). */
  PanelMemberRead = 'panel-member.read',
  /** Coordinators; a municipal one the referrers of her municipality. */
  ReferrerManage = 'referrer.manage',
  /** Coordinators of the mentor's program, municipal ones too: matching draws on the whole program's mentors. */
  MentorRead = 'mentor.read',
  /**
   * Coordinators of the mentor's program; a municipal one her municipality's mentors and those of none (a path shows the courses holding
   * her slots).
   */
  MentorManage = 'mentor.manage',
  /** As MentorManage, and the mentor herself. */
  MentorPathRead = 'mentor-path.read',
  /** The mentor herself only: her private calendar feed, which not even her coordinator may make, see or revoke. */
  MentorCalendarFeed = 'mentor.calendar-feed',
  /** The mentor herself only: her young people (their names) with what each course has due; her coordinators read the courses. */
  MentorYoungPeopleRead = 'mentor.young-people.read',
  /**
   * Coordinators of a program she is referred to (a municipal one: of her municipality); before any referral, those of her municipality and
   * program-wide ones.
   */
  YoungPersonManage = 'young-person.manage',
  /** Program administrators any quota; coordinators those of their programs (a municipal one her municipality's). */
  QuotaRead = 'quota.read',
  /** Program administrators. */
  QuotaManage = 'quota.manage',

  /** Referrers: the referrals she made herself (each course's phase and outcome) and her municipality's quotas. */
  OwnReferralsRead = 'referral.read-own',
  /**
   * Referrers: the programs taking referrals from her municipality, and referring a young person she registers there, in her own
   * name (ReferrerReferralsService checks the program, its quota and her age).
   */
  OwnReferralMake = 'referral.make-own',

  /** Coordinators of the course's program (a municipal one: of its municipality): the course's commands. */
  MentorshipCommand = 'mentorship.command',
  /** As MentorshipCommand, and the course's mentor: reading the course, logging meetings, measurements, escalations. */
  MentorshipLog = 'mentorship.log',
  /** As MentorshipLog, and the referrer who made it (its phase and outcome only). */
  MentorshipRead = 'mentorship.read',
  /**
   * As MentorshipCommand, where she may also see the young person (YoungPersonManage): who the course is for, its referral and its policy
   * version's contact target and measurements, which a course page shows beside the course.
   */
  MentorshipContextRead = 'mentorship.context',
  /** As MentorshipCommand, and the mentor the course's latest proposal names. */
  ProposalAnswerAsMentor = 'mentorship.answer-as-mentor',

  /** Coordinators of the course's program and municipality; the course's mentor; the panel members it was put to. */
  EscalationRead = 'escalation.read',
  /** As EscalationRead without the mentor (the workflow then checks the panel member owns it). */
  EscalationAct = 'escalation.act',

  /**
   * Operators every account; a program administrator her fellow program administrators' (she may invite them, so she sees who they
   * are), never an operator's.
   */
  AccountRead = 'account.read',
  /** Operators every account; a program administrator only her own (her name, her language, leaving). */
  AccountManage = 'account.manage',
  /** Operators: making an operator account, or making an account an operator's. */
  OperatorAccountGrant = 'account.grant-operator',
  /**
   * Operators and program administrators: making a program administrator's account. A program administrator already makes
   * coordinators, who see more than she does; a colleague of her own rank gives nobody more than she has.
   */
  ProgramAdminAccountGrant = 'account.grant-program-admin',

  /** Operators: the API's metrics (counts and timings, nobody's data), for their monitoring. */
  MetricsRead = 'metrics.read',

  /** Its recipient; a coordinator nudge, the coordinators of its program (a municipal one: of its municipality, or program-wide). */
  NudgeAnswer = 'nudge.answer',
}

/** How a user stands to what she asked for: decides how much of it she sees. */
export type Relation = 'program-admin' | 'coordinator' | 'mentor' | 'referrer' | 'panel' | 'operator';
