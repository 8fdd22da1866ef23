import { marked } from 'marked';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
// The contract document of this very build (npm run docs:events renders it from libs/contracts).
import contract from '../../../../docs/events.md?raw';

export default function IntegratorsPage() {
  const { t } = useTranslation();
  // The repository's own document, not user input: rendering its HTML is safe. Its headings sit
  // below this page's own.
  const html = useMemo(
    () => marked.parse(contract, { async: false }).replace(/<(\/?)h([1-6])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 2)}`),
    [],
  );
  return (
    <section aria-labelledby="integrators-title">
      <h1 id="integrators-title">{t('integrators.title')}</h1>
      <h2>{t('integrators.ehrStatus')}</h2>
      <p className="state warning">{t('integrators.ehrStatusNote')}</p>
      <h2>{t('integrators.contract')}</h2>
      <article className="contract" lang="en" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
