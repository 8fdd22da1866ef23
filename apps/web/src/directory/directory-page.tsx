import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useMay } from '../coach/may';
import { useFormSave } from '../coach/save';
import { describedBy, Field } from '../forms/field';
import { graphql } from '../graphql/generated';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { AccessLog } from './access-log';
import { LiabilityInvoice } from './liability-invoice';

const ORGANISATIONS = graphql(`
  query DirectoryPage {
    organisations {
      organisationId
      name
      kind
      timeZone
      careLinks {
        careLinkId
        name
        kind
        hospital
      }
    }
  }
`);

const SAVE_CARE_LINK = graphql(`
  mutation RegisterCareLink($input: CareLinkInput!) {
    saveCareLink(input: $input) {
      careLinkId
      name
    }
  }
`);

const kinds = [
  'hospital-ward',
  'emergency-department',
  'primary-care-unit',
  'home-care',
  'nursing-home',
  'other',
];

/** The coordinator's pages: who belongs where in the network, registering a care link, the access log. */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const coordinator = useMay('directory');
  const [{ data, error, fetching }, refetch] = useQuery({ query: ORGANISATIONS });
  return (
    <section aria-labelledby="directory-title">
      <h1 id="directory-title">{t('directoryPage.title')}</h1>
      <p>{t('directoryPage.intro')}</p>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data &&
        (data.organisations.length === 0 ? (
          <Empty>{t('directoryPage.empty')}</Empty>
        ) : (
          data.organisations.map((o) => (
            <section
              key={o.organisationId}
              className="organisation"
              aria-labelledby={`org-${o.organisationId}`}
            >
              <h2 id={`org-${o.organisationId}`}>
                {o.name}{' '}
                <span className="meta">
                  ({t(`directoryPage.organisationKinds.${o.kind}`, { defaultValue: o.kind })})
                </span>
              </h2>
              {o.careLinks.length === 0 ? (
                <p className="state empty">{t('directoryPage.noLinks')}</p>
              ) : (
                <ul>
                  {o.careLinks.map((l) => (
                    <li key={l.careLinkId}>
                      {l.name}
                      {l.hospital && `, ${l.hospital}`}{' '}
                      <span className="meta">
                        ({t(`directoryPage.kinds.${l.kind}`, { defaultValue: l.kind })})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))
        ))}
      {coordinator && data && (
        <RegisterCareLink
          organisations={data.organisations}
          onSaved={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {coordinator && <AccessLog />}
      {coordinator && data && (
        <LiabilityInvoice municipalities={data.organisations.filter((o) => o.kind === 'municipality')} />
      )}
    </section>
  );
}

function RegisterCareLink({
  organisations,
  onSaved,
}: {
  organisations: { organisationId: string; name: string }[];
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const empty = { careLinkId: '', name: '', kind: 'home-care', organisationId: '', hospital: '' };
  const [form, setForm] = useState(empty);
  const save = useFormSave(SAVE_CARE_LINK, 'directoryPage.refused');
  const { problems } = save;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run({ input: { ...form, hospital: form.hospital || null } })) {
      setForm(empty);
      onSaved();
    }
  };
  const input = (key: 'careLinkId' | 'name' | 'hospital') => (
    <Field id={`link-${key}`} label={t(`directoryPage.form.${key}`)} required error={problems[key]}>
      <input
        id={`link-${key}`}
        required
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        {...describedBy(`link-${key}`, problems[key])}
      />
    </Field>
  );
  return (
    <form ref={save.ref} className="card" onSubmit={send} noValidate aria-labelledby="register-title">
      <h2 id="register-title">{t('directoryPage.register')}</h2>
      {input('name')}
      {input('careLinkId')}
      <Field id="link-kind" label={t('directoryPage.form.kind')} required error={problems.kind}>
        <select
          id="link-kind"
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value })}
          {...describedBy('link-kind', problems.kind)}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`directoryPage.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="link-organisation"
        label={t('directoryPage.form.organisation')}
        required
        error={problems.organisationId}
      >
        <select
          id="link-organisation"
          required
          value={form.organisationId}
          onChange={(e) => setForm({ ...form, organisationId: e.target.value })}
          {...describedBy('link-organisation', problems.organisationId)}
        >
          <option value="">{t('directoryPage.form.chooseOrganisation')}</option>
          {organisations.map((o) => (
            <option key={o.organisationId} value={o.organisationId}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      {(form.kind === 'hospital-ward' || form.kind === 'emergency-department') && input('hospital')}
      <button type="submit" disabled={save.fetching}>
        {t('directoryPage.form.save')}
      </button>
      {save.status}
    </form>
  );
}
