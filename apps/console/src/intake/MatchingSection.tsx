import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { CommandResult } from '../course/CommandResult';
import { useCourseCommand } from '../course/course-command';
import { formatNumber } from '../i18n/format';
import { type Profile, useYoungPerson } from './intake-data';

const NO_PROFILE: Profile = { languages: [], interests: [], availability: [] };
import { type Candidate, exclusionText, explanationOf, useMentorCandidates } from './matching-data';

/**
 * The program's mentors ranked for her, best fit first, each factor explained and the free capacity shown; one proposal at a
 * time. After a decline the course is back here for the next attempt (the timeline keeps the earlier ones).
 */
export function MatchingSection({ courseId, programId, youngPersonId }: { courseId: string; programId: string; youngPersonId: string }) {
  const { t } = useTranslation();
  const { ranking, mentors, error, ready } = useMentorCandidates(programId, youngPersonId);
  const person = useYoungPerson(youngPersonId);
  const propose = useCourseCommand(courseId, (mentorId: string) =>
    api.POST('/mentorships/{id}/proposals', { params: { path: { id: courseId } }, body: { mentorId } }),
  );
  if (error) return <ErrorMessage error={error} />;
  if (!ready || !ranking.data || !person.data) return <Loading />;
  const { candidates, excluded } = ranking.data;
  const nameOf = (mentorId: string) => mentors.get(mentorId)?.contact.name ?? mentorId;
  return (
    <div className="matching">
      <h3>{t('matching.title')}</h3>
      <CommandResult mutation={propose} done={t('matching.proposed')} />
      {candidates.length === 0 && <p>{t('matching.none')}</p>}
      <ol className="nobullet-list candidates">
        {candidates.map((candidate, rank) => (
          <li key={candidate.mentorId} className="candidate">
            <h4>{t('matching.candidate', { rank: rank + 1, name: nameOf(candidate.mentorId), score: formatNumber(candidate.score) })}</h4>
            <Explanation
              candidate={candidate}
              wishes={person.data.wishes ?? NO_PROFILE}
              profile={mentors.get(candidate.mentorId)?.profile ?? NO_PROFILE}
            />
            <button
              type="button"
              className="button button-secondary"
              disabled={propose.isPending}
              // A refusal (her slot taken meanwhile) means the ranking is stale: read it again, so the list shows why.
              onClick={() => propose.mutate(candidate.mentorId, { onError: () => void ranking.refetch() })}
            >
              {t('matching.propose', { name: nameOf(candidate.mentorId) })}
            </button>
          </li>
        ))}
      </ol>
      {excluded.length > 0 && (
        <>
          <h4>{t('matching.excluded')}</h4>
          <ul>
            {excluded.map((mentor) => (
              <li key={mentor.mentorId}>
                {nameOf(mentor.mentorId)}: {mentor.reasons.map((reason) => exclusionText(reason, t)).join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Explanation({ candidate, wishes, profile }: { candidate: Candidate; wishes: Profile; profile: Profile }) {
  const { t } = useTranslation();
  return (
    <dl className="explanation">
      {candidate.explanation.map((line) => {
        const { key, values } = explanationOf(line, wishes, profile, candidate.freeSlots);
        return (
          <div key={line.factor}>
            <dt>{t(`matching.factors.${line.factor}`)}</dt>
            <dd>
              {t(key, values)} {t('matching.points', { count: line.points })}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
