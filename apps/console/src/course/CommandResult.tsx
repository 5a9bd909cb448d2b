import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';

/** What became of the last send: done (announced politely), or refused with its reason. */
export function CommandResult({ mutation, done }: { mutation: { isSuccess: boolean; error: unknown }; done: string }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
      {mutation.isSuccess && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{done || t('common.done')}</p>
          </div>
        </div>
      )}
    </div>
  );
}
