import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { CommandResult } from '../course/CommandResult';
import { Acknowledge, Advise, Resolve } from './EscalationActions';
import { useEscalationCommand } from './escalation-command';
import { type Escalation, usePanelMembers } from './escalation-data';

/** A coordinator's commands while it is open: acknowledge (its owners, while it waits), advise, hand to other panel members, resolve. */
export function EscalationCommands({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  if (escalation.status !== 'open') return <p>{t('escalations.closedNoCommands')}</p>;
  const id = escalation.id;
  return (
    <div className="escalation-commands">
      {escalation.phase === 'awaiting-acknowledgement' && escalation.yours && <Acknowledge id={id} />}
      <Advise id={id} />
      <Reassign escalation={escalation} />
      <Resolve id={id} />
    </div>
  );
}

function Reassign({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const members = usePanelMembers(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const command = useEscalationCommand(escalation.id, (panelMemberIds: string[]) =>
    api.POST('/escalations/{id}/reassign', { params: { path: { id: escalation.id } }, body: { panelMemberIds } }),
  );
  const fitting = (members.data ?? []).filter((member) => member.categories.includes(escalation.category));
  const toggle = (id: string) => setChosen(chosen.includes(id) ? chosen.filter((known) => known !== id) : [...chosen, id]);
  return (
    <form onSubmit={(event) => (event.preventDefault(), command.mutate(chosen))} noValidate>
      <fieldset>
        <legend className="h3">{t('escalations.reassign.title')}</legend>
        {fitting.length === 0 && <p>{t('escalations.reassign.nobody')}</p>}
        {fitting.map((member) => (
          <div key={member.id} className="form-group-checkbox">
            <input
              id={`member-${member.id}`}
              type="checkbox"
              className="form-checkbox"
              checked={chosen.includes(member.id)}
              onChange={() => toggle(member.id)}
            />
            <label htmlFor={`member-${member.id}`}>
              {member.contact.name}
              {member.profession ? ` (${member.profession})` : ''}
            </label>
          </div>
        ))}
        <button type="submit" className="button button-secondary" disabled={command.isPending || chosen.length === 0}>
          {t('escalations.reassign.submit')}
        </button>
      </fieldset>
      <CommandResult mutation={command} done={t('escalations.reassign.done')} />
    </form>
  );
}
