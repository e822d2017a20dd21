import {
  Button,
  ButtonGroup,
  Caption,
  ErrorSummary,
  Form,
  Layout,
  Textarea,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import type { Text } from '../../catalog/definition.ts';
import type { RequestView } from '../service.ts';

/**
 * The legal text composed from the answers, to read and edit before sending. Placeholders (`[[…]]`) mark what the
 * answers did not say; the request cannot be sent while one is left.
 */
export function ComposedTextPage({
  request,
  text,
  caution,
  error,
  back,
}: {
  request: RequestView;
  text: string;
  caution: Text;
  error?: string;
  back: string;
}) {
  const { t, locale } = useView();
  const title = t('requests.text.title');
  return (
    <Layout title={title} hasErrors={Boolean(error)} backLink={{ href: back }} width="wide">
      <ErrorSummary errors={error ? [{ field: 'text', message: error }] : []} />
      <Caption>{request.service.name[locale]}</Caption>
      <h1>{title}</h1>
      <p>{t('requests.text.lead')}</p>
      <WarningText>{caution[locale]}</WarningText>
      <Form action={`/requests/${request.id}/text`}>
        <div lang="fa" dir="rtl">
          <Textarea
            name="text"
            label={t('requests.text.label')}
            hint={t('requests.text.hint')}
            value={text}
            error={error}
            rows={18}
          />
        </div>
        <ButtonGroup>
          <Button>{t('requests.page.continue')}</Button>
          <Button variant="secondary" name="recompose" value="1">
            {t('requests.text.recompose')}
          </Button>
        </ButtonGroup>
      </Form>
    </Layout>
  );
}
