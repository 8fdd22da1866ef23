import './coach.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { refusalOf } from '../forms/refusals';
import { ErrorMessage } from '../layout/states';

/** Saving, saved, or what went wrong in the user's language (a conflict says to reload), announced to screen readers. */
export function SaveState({
  fetching,
  error,
  saved,
}: {
  fetching: boolean;
  error?: CombinedError;
  saved: boolean;
}) {
  const { t } = useTranslation();
  if (fetching)
    return (
      <p className="save-state" role="status">
        {t('coachForms.saving')}
      </p>
    );
  if (error) return <ErrorMessage error={error} />;
  return saved ? (
    <p className="save-state saved" role="status" tabIndex={-1} data-confirmation>
      {t('coachForms.saved')}
    </p>
  ) : null;
}

/**
 * A mutation with its saving state; `run` gives the data, or undefined when it was refused. A form
 * that names refused fields next to them (`fieldsShown`) is not also told so in the status.
 */
export function useSave<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  fieldsShown = false,
) {
  const [result, execute] = useMutation(document);
  const [saved, setSaved] = useState(false);
  const run = async (variables: Variables) => {
    setSaved(false);
    const outcome = await execute(variables);
    if (!outcome.error) setSaved(true);
    return outcome.error ? undefined : outcome.data;
  };
  return {
    run,
    fetching: result.fetching,
    error: result.error,
    status: (
      <SaveState
        fetching={result.fetching}
        error={
          fieldsShown && result.error && refusalOf(result.error).kind === 'invalid' ? undefined : result.error
        }
        saved={saved}
      />
    ),
  };
}
