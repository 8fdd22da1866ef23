import './coach.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { fieldMessages, refusalOf } from '../forms/refusals';
import { useFocusAnswer } from '../forms/use-focus-answer';
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
 * A mutation with its saving state; `run` gives the data, or undefined when it was refused. A
 * refusal the form shows next to its fields (`shownInForm`) is not also told in the status.
 */
export function useSave<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  shownInForm?: (error: CombinedError) => boolean,
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
        error={result.error && shownInForm?.(result.error) ? undefined : result.error}
        saved={saved}
      />
    ),
  };
}

/**
 * A form's save that names each refused field next to it in the reader's words (`<texts>.<field>`,
 * fields sitting `under` their place in the request) and takes focus to the first, or to the
 * confirmation once saved. A refusal of something the form has no words for stays in the status.
 */
export function useFormSave<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  texts: string,
  under?: string,
) {
  const { t, i18n } = useTranslation();
  const shown = (error: CombinedError) => {
    const refusal = refusalOf(error, under);
    return refusal.kind === 'invalid' &&
      Object.keys(refusal.fields).every((f) => f !== 'form' && i18n.exists(`${texts}.${f}`))
      ? refusal
      : undefined;
  };
  const save = useSave(document, (error) => !!shown(error));
  const answer = useFocusAnswer();
  const refusal = save.error && shown(save.error);
  const problems: Record<string, string | undefined> = refusal ? fieldMessages(refusal.fields, t, texts) : {};
  return {
    ...save,
    ref: answer.ref,
    problems,
    run: async (variables: Variables) => {
      const data = await save.run(variables);
      answer.answered();
      return data;
    },
    status: (
      <>
        {refusal && <p className="field-error">{t(`${texts}.form`)}</p>}
        {save.status}
      </>
    ),
  };
}
