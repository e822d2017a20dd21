import type { FormValues } from '../../../platform/http/forms.ts';
import { Button, ButtonGroup, Caption, ErrorSummary, Form, Layout, useView } from '../../../ui/index.ts';
import type { Page } from '../../catalog/definition.ts';
import { type Answers, PageFields } from '../fields.tsx';
import type { RequestView } from '../service.ts';

/** One page of a request's questions, built from the service definition. */
export function QuestionPage({
  request,
  page,
  values,
  errors,
  back,
  returnTo,
}: {
  request: RequestView;
  page: Page;
  values: FormValues;
  errors?: Record<string, string>;
  back: string;
  returnTo?: string;
}) {
  const { t, locale } = useView();
  const list = Object.entries(errors ?? {}).map(([field, message]) => ({ field, message }));
  const single = page.fields.length === 1 && !page.intro;
  const action = `/requests/${request.id}/pages/${page.id}${returnTo ? `?return=${returnTo}` : ''}`;
  return (
    <Layout title={page.title[locale]} hasErrors={list.length > 0} backLink={{ href: back }}>
      <ErrorSummary errors={list} />
      <Caption>{request.service.name[locale]}</Caption>
      {single ? null : <h1>{page.title[locale]}</h1>}
      {page.intro ? <p>{page.intro[locale]}</p> : null}
      <Form action={action}>
        <PageFields page={page} values={values} errors={errors ?? {}} answers={request.answers as Answers} />
        <ButtonGroup>
          <Button>{t('requests.page.continue')}</Button>
          <Button variant="secondary" name="later" value="1">
            {t('requests.page.saveDraft')}
          </Button>
        </ButtonGroup>
      </Form>
    </Layout>
  );
}
