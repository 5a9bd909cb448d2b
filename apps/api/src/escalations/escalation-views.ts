import { AuthenticatedUser, personIds } from '../../../../libs/auth/roles';
import type { StoredEscalation } from '../../../../libs/escalations/escalation-records';
import { escalationWorkflowId, type EscalationState } from '../../../../workflows/escalation/messages';
import type { Relation } from '../../../../libs/access/permission';
import { EscalationView, PanelEscalationView } from './escalation.dto';

export interface EscalationParts extends StoredEscalation {
  /** The workflow's state, for a single escalation: deadlines and handovers. */
  state?: EscalationState;
}

/** How much of an escalation a user sees: all of it, or what the panel needs. */
export type Sight = 'whole' | 'panel';

/** A panel member sees what she needs to advise, nothing that says whose it is; coordinators and the course's mentor see it whole. */
export const sightOf = (relation: Relation): Sight => (relation === 'panel' ? 'panel' : 'whole');

/** An escalation shaped for what the user may see (by her relation to it: see libs/access). */
export function escalationView(user: AuthenticatedUser, sight: Sight, parts: EscalationParts): PanelEscalationView | EscalationView {
  const { escalation, course, youngPersonName, responses, state } = parts;
  // The workflow decides who may act on it. Its record names the owners a moment before the workflow holds them; shown then, an
  // owner would be told "yours" and refused, so a single escalation shows the workflow's owners (none until it holds them).
  const ownerIds = state ? state.owners.ids : escalation.ownerIds;
  const panel: PanelEscalationView = {
    id: escalation.id,
    category: escalation.category,
    urgency: escalation.urgency,
    reason: escalation.reason,
    status: escalation.status,
    phase: escalation.phase,
    level: escalation.level,
    raisedAt: escalation.raisedAt,
    mentorshipPhase: course.phase,
    yours: personIds(user).some((id) => ownerIds.includes(id)),
    facts: escalation.facts,
    question: escalation.question,
    responses: responses.map(({ id, advice, respondedAt, respondedBy }) =>
      sight === 'whole' ? { id, advice, respondedAt, respondedBy } : { id, advice, respondedAt },
    ),
    outcome: escalation.outcome,
    ...(state && state.phase !== 'resolved' ? { acknowledgeBy: state.acknowledgeBy, respondBy: state.respondBy } : {}),
  };
  if (sight === 'panel') return panel;
  return {
    ...panel,
    mentorshipId: escalation.mentorshipId,
    youngPersonName,
    raisedBy: escalation.raisedBy,
    raisedByRole: escalation.raisedByRole,
    ownerIds,
    acknowledgedBy: escalation.acknowledgedBy,
    resolvedBy: escalation.resolvedBy,
    resolvedAt: escalation.resolvedAt,
    workflowId: escalationWorkflowId(escalation.id),
    ...(state ? { handovers: state.handovers } : {}),
  };
}
