import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Platform } from '../../app.ts';
import { randomToken } from '../../platform/crypto.ts';
import type { FormValues } from '../../platform/http/forms.ts';
import { type MessageKey, translator } from '../../platform/i18n/index.ts';
import { takeResumedFields } from '../accounts/guards.ts';
import { needsVisit } from '../appointments/service.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { DocumentsService } from '../documents/service.ts';
import { acceptUploads, handleUpload } from '../documents/upload-form.ts';
import { parsePage } from './fields.tsx';
import { composePoaText, POA_CAUTION, unfilledPlaceholders } from './poa/compose.ts';
import { qrDataUrl, type ReceiptPerson, receiptContent } from './receipt.ts';
import { renderReceiptPdf } from './receipt-pdf.ts';
import { type Applicant, COMPOSED_TEXT, type RequestsService, type RequestView } from './service.ts';
import { CheckAnswersPage } from './views/check.tsx';
import { RequestDocumentPage, RequestDocumentsPage } from './views/documents.tsx';
import { QuestionPage } from './views/page.tsx';
import { ReceiptPage } from './views/receipt.tsx';
import { RequestPage } from './views/request.tsx';
import { SentPage } from './views/sent.tsx';
import { ComposedTextPage } from './views/text.tsx';

const actorOf = (request: FastifyRequest) => ({ ip: request.ip });

/**
 * The request journey: start from a service, answer its pages (saved at every step), upload its documents, check
 * and send; then follow it, correct it when asked, or cancel it. Thin: the requests service decides.
 */
export async function registerRequests(
  app: FastifyInstance,
  platform: Platform,
  deps: {
    requests: RequestsService;
    documents: DocumentsService;
    catalog: CatalogService;
    requireApplicant: preHandlerAsyncHookHandler;
    requireRecentSignIn: preHandlerAsyncHookHandler;
    applicantOf: (request: FastifyRequest) => Applicant;
    timeZoneOf: (consulateId: string) => Promise<string>;
    /** The applicant's verified name and national code, for the receipt. */
    personOf: (request: FastifyRequest) => ReceiptPerson;
  },
) {
  const { requests, documents, catalog } = deps;
  const signedIn = deps.requireApplicant;
  const { config } = platform;

  /** The signed-in applicant's request named in the URL, or a 404 page (anyone else's too). */
  async function load(request: FastifyRequest, reply: FastifyReply): Promise<RequestView | undefined> {
    const r = await requests.owned(deps.applicantOf(request).id, (request.params as { id: string }).id);
    if (!r) void reply.callNotFound();
    return r;
  }

  const profileName = (request: FastifyRequest) => {
    const t = translator(request.locale);
    return (kind: string) => t(`documents.kind.${kind}` as MessageKey);
  };

  /** Where to go after a page: the next page shown, then the documents (if any), then the check page. */
  function after(r: RequestView, pageId: string): string {
    const pages = requests.shownPages(r.service, r.answers);
    const i = pages.findIndex((p) => p.id === pageId);
    const next = pages[i + 1];
    if (next) return `/requests/${r.id}/pages/${next.id}`;
    return afterPages(r);
  }

  /** After the questions: the composed text (if the service has one), then documents, then the check page. */
  function afterPages(r: RequestView, fromText = false): string {
    if (r.service.composedText && !fromText) return `/requests/${r.id}/text`;
    return requests.shownDocuments(r.service, r.answers).length > 0
      ? `/requests/${r.id}/documents`
      : `/requests/${r.id}/check`;
  }

  function backOf(r: RequestView, pageId: string): string {
    const pages = requests.shownPages(r.service, r.answers);
    const i = pages.findIndex((p) => p.id === pageId);
    return i > 0 ? `/requests/${r.id}/pages/${pages[i - 1]!.id}` : `/services/${r.service.id}`;
  }

  app.post('/services/:id/start', { preHandler: signedIn }, async (request, reply) => {
    const started = await requests.startDraft(
      deps.applicantOf(request),
      (request.params as { id: string }).id,
      actorOf(request),
    );
    if (started.kind === 'unknown') return reply.callNotFound();
    if (started.kind === 'inactive') return reply.seeOther('/account');
    // The service page says why, and where else it is offered.
    if (started.kind === 'not_offered') return reply.seeOther(`/services/${started.serviceId}`);
    return reply.seeOther(`/requests/${started.id}/pages/${started.firstPage}`);
  });

  /** Where a draft picks up: its first page with an unanswered question, else what follows the questions. */
  async function resumeAt(r: RequestView): Promise<string> {
    const problems = await requests.problems(r);
    const answer = problems.find((p) => p.kind === 'answer');
    if (answer && answer.kind === 'answer') return `/requests/${r.id}/pages/${answer.pageId}`;
    if (problems.some((p) => p.kind === 'text')) return `/requests/${r.id}/text`;
    if (problems.some((p) => p.kind === 'document')) return `/requests/${r.id}/documents`;
    return `/requests/${r.id}/check`;
  }

  app.get('/requests/:id', { preHandler: signedIn }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    return reply.page(
      <RequestPage
        continueHref={r.state === 'draft' ? await resumeAt(r) : undefined}
        request={r}
        pages={requests.shownPages(r.service, r.answers)}
        events={await requests.timeline(r.id)}
        timeZone={await deps.timeZoneOf(r.consulateId)}
        draftDays={config.requests.draftDays}
        appointment={await platform.appointments.forRequest(r.id)}
        needsVisit={needsVisit(r)}
      />,
    );
  });

  const pageOf = (r: RequestView, request: FastifyRequest) =>
    requests
      .shownPages(r.service, r.answers)
      .find((p) => p.id === (request.params as { page: string }).page) ??
    // A page whose condition is not met yet is still reachable from its own link only if it exists.
    r.service.pages.find((p) => p.id === (request.params as { page: string }).page);

  const returnOf = (request: FastifyRequest) =>
    (request.query as { return?: string }).return === 'check' ? 'check' : undefined;

  const editable = (r: RequestView, fieldIds: string[]) =>
    fieldIds.some((field) => requests.canEdit(r, { field }));

  app.get('/requests/:id/pages/:page', { preHandler: signedIn }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const page = pageOf(r, request);
    if (!page) return reply.callNotFound();
    if (
      !editable(
        r,
        page.fields.map((f) => f.id),
      )
    )
      return reply.seeOther(`/requests/${r.id}`);
    // Typed before the session ran out and the person signed in again: shown again, not lost.
    const resumed = await takeResumedFields(platform, request, request.url.split('?')[0]!);
    return reply.page(
      <QuestionPage
        request={r}
        page={page}
        values={(resumed as FormValues | undefined) ?? (r.answers as FormValues)}
        back={returnOf(request) ? `/requests/${r.id}/check` : backOf(r, page.id)}
        returnTo={returnOf(request)}
      />,
    );
  });

  app.post('/requests/:id/pages/:page', { preHandler: signedIn }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const page = pageOf(r, request);
    if (!page) return reply.callNotFound();
    const today = platform.clock.now().toISOString().slice(0, 10);
    const parsed = parsePage(page, request.body, r.answers, request.locale, { today });
    if (!parsed.ok) {
      return reply.page(
        <QuestionPage
          request={r}
          page={page}
          values={parsed.values}
          errors={parsed.errors}
          back={returnOf(request) ? `/requests/${r.id}/check` : backOf(r, page.id)}
          returnTo={returnOf(request)}
        />,
        { status: 400 },
      );
    }
    const saved = await requests.saveAnswers(r, parsed.answers, page);
    if (saved === 'not_editable') return reply.seeOther(`/requests/${r.id}`);
    if ((request.body as { later?: string }).later) return reply.seeOther('/account');
    return reply.seeOther(
      returnOf(request) ? `/requests/${r.id}/check` : after({ ...r, answers: saved }, page.id),
    );
  });

  const TEXT_MAX = 20_000;

  function composed(request: FastifyRequest, r: RequestView): string {
    const p = deps.personOf(request);
    return composePoaText(r.answers, {
      firstName: p.firstName,
      lastName: p.lastName,
      fatherName: p.fatherName,
      nationalCode: p.nationalCode,
      birthDate: p.birthDate,
    });
  }

  const lastPage = (r: RequestView) => {
    const pages = requests.shownPages(r.service, r.answers);
    return `/requests/${r.id}/pages/${pages[pages.length - 1]!.id}`;
  };

  app.get('/requests/:id/text', { preHandler: signedIn }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    if (!r.service.composedText) return reply.callNotFound();
    const stored = r.answers[COMPOSED_TEXT];
    return reply.page(
      <ComposedTextPage
        request={r}
        text={typeof stored === 'string' && stored.trim() ? stored : composed(request, r)}
        caution={POA_CAUTION}
        back={returnOf(request) ? `/requests/${r.id}/check` : lastPage(r)}
      />,
    );
  });

  app.post('/requests/:id/text', { preHandler: signedIn }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    if (!r.service.composedText) return reply.callNotFound();
    const body = request.body as { text?: unknown; recompose?: unknown };
    const t = translator(request.locale);
    const typed = typeof body.text === 'string' ? body.text.replace(/\r\n/g, '\n').trim() : '';
    const again = (text: string, error?: string) =>
      reply.page(
        <ComposedTextPage request={r} text={text} caution={POA_CAUTION} error={error} back={lastPage(r)} />,
        { status: error ? 400 : 200 },
      );
    if (body.recompose) return again(composed(request, r));
    if (!typed) return again(typed, t('requests.text.empty'));
    if (typed.length > TEXT_MAX) return again(typed, t('requests.text.long', { max: TEXT_MAX }));
    const left = unfilledPlaceholders(typed);
    if (left.length > 0) return again(typed, t('requests.text.placeholders', { list: left.join('، ') }));
    if ((await requests.saveText(r, typed)) === 'not_editable') return reply.seeOther(`/requests/${r.id}`);
    return reply.seeOther(returnOf(request) ? `/requests/${r.id}/check` : afterPages(r, true));
  });

  await app.register(async (scope) => {
    await acceptUploads(scope, config);

    scope.get('/requests/:id/documents', { preHandler: signedIn }, async (request, reply) => {
      const r = await load(request, reply);
      if (!r) return reply;
      return reply.page(
        <RequestDocumentsPage
          request={r}
          needed={requests.shownDocuments(r.service, r.answers)}
          attached={await documents.forRequest(r.id)}
          next={`/requests/${r.id}/check`}
        />,
      );
    });

    const needOf = (r: RequestView, request: FastifyRequest) =>
      requests
        .shownDocuments(r.service, r.answers)
        .find((d) => d.kind === (request.params as { kind: string }).kind);

    const documentEditable = (r: RequestView, kind: string) => requests.canEdit(r, { document: kind });

    async function documentPage(
      request: FastifyRequest,
      reply: FastifyReply,
      r: RequestView,
      error?: string,
      status = 200,
    ) {
      const need = needOf(r, request)!;
      return reply.page(
        <RequestDocumentPage
          request={r}
          need={need}
          rules={documents.rulesOf(need.kind, need.photo)}
          document={(await documents.forRequest(r.id)).get(need.kind)}
          error={error}
        />,
        { status },
      );
    }

    scope.get('/requests/:id/documents/:kind', { preHandler: signedIn }, async (request, reply) => {
      const r = await load(request, reply);
      if (!r) return reply;
      if (!needOf(r, request)) return reply.callNotFound();
      if (!documentEditable(r, needOf(r, request)!.kind)) return reply.seeOther(`/requests/${r.id}`);
      return documentPage(request, reply, r);
    });

    scope.post(
      '/requests/:id/documents/:kind',
      { preHandler: signedIn, config: { csrfInMultipartBody: true } },
      async (request, reply) => {
        const r = await load(request, reply);
        if (!r) return reply;
        const need = needOf(r, request);
        if (!need) return reply.callNotFound();
        if (!documentEditable(r, need.kind)) return reply.seeOther(`/requests/${r.id}`);
        const stored = await handleUpload(app, request, reply, {
          rules: documents.rulesOf(need.kind, need.photo),
          quota: { files: config.uploads.quotaFiles, bytes: config.uploads.quotaBytes },
          store: (bytes) =>
            documents.upload({
              ownerId: r.applicantId,
              kind: need.kind,
              photo: need.photo,
              requestId: r.id,
              bytes,
              actor: actorOf(request),
            }),
          refuse: (message, status) => documentPage(request, reply, r, message, status),
        });
        if (!stored) return reply;
        return reply.seeOther(`/requests/${r.id}/documents`);
      },
    );

    scope.post('/requests/:id/documents/:kind/delete', { preHandler: signedIn }, async (request, reply) => {
      const r = await load(request, reply);
      if (!r) return reply;
      const need = needOf(r, request);
      if (!need) return reply.callNotFound();
      if (documentEditable(r, need.kind)) {
        await documents.removeFromRequest({
          ownerId: r.applicantId,
          requestId: r.id,
          kind: need.kind,
          actor: actorOf(request),
        });
      }
      return reply.seeOther(`/requests/${r.id}/documents`);
    });
  });

  async function checkPage(
    request: FastifyRequest,
    reply: FastifyReply,
    r: RequestView,
    status = 200,
    showProblems = false,
  ) {
    const correcting = r.state === 'needs_correction';
    return reply.page(
      <CheckAnswersPage
        request={r}
        pages={requests.shownPages(r.service, r.answers)}
        needed={requests.shownDocuments(r.service, r.answers)}
        attached={await documents.forRequest(r.id)}
        profileDocuments={await documents.profile(r.applicantId)}
        profileDocumentName={profileName(request)}
        fee={await requests.fee(r)}
        problems={showProblems ? await requests.problems(r) : []}
        submitKey={randomToken(16)}
        correcting={correcting}
      />,
      { status },
    );
  }

  app.get('/requests/:id/check', { preHandler: signedIn }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    if (r.state !== 'draft' && r.state !== 'needs_correction') return reply.seeOther(`/requests/${r.id}`);
    return checkPage(request, reply, r);
  });

  // A power of attorney is sent only by someone who signed in within the last 15 minutes.
  const recentFor = async (request: FastifyRequest, reply: FastifyReply) => {
    const r = await requests.owned(deps.applicantOf(request).id, (request.params as { id: string }).id);
    if (r?.service.sensitive) return deps.requireRecentSignIn.call(app, request, reply);
  };

  app.post('/requests/:id/submit', { preHandler: [signedIn, recentFor] }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const key = (request.body as { submitKey?: unknown }).submitKey;
    const submitKey = typeof key === 'string' && /^[A-Za-z0-9_-]{10,64}$/.test(key) ? key : randomToken(16);
    const outcome = await requests.submit(r, submitKey, actorOf(request));
    if (outcome.kind === 'problems') return checkPage(request, reply, r, 400, true);
    if (outcome.kind === 'not_editable') return reply.seeOther(`/requests/${r.id}`);
    return reply.seeOther(`/requests/${r.id}/sent`);
  });

  app.post('/requests/:id/resubmit', { preHandler: [signedIn, recentFor] }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const outcome = await requests.resubmit(r, actorOf(request));
    if (outcome.kind === 'problems') return checkPage(request, reply, r, 400, true);
    return reply.seeOther(`/requests/${r.id}`);
  });

  app.get('/requests/:id/sent', { preHandler: signedIn }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    if (!r.trackingCode) return reply.seeOther(`/requests/${r.id}`);
    return reply.page(<SentPage request={r} />);
  });

  async function receipt(request: FastifyRequest, reply: FastifyReply) {
    const r = await load(request, reply);
    if (!r) return undefined;
    const consulate = r.trackingCode ? await catalog.findConsulate(r.consulateId) : undefined;
    if (!consulate) {
      void reply.callNotFound();
      return undefined;
    }
    return { r, content: receiptContent(config, request.locale, r, deps.personOf(request), consulate) };
  }

  app.get('/requests/:id/receipt', { preHandler: signedIn }, async (request, reply) => {
    const found = await receipt(request, reply);
    if (!found) return reply;
    return reply.page(
      <ReceiptPage
        content={found.content}
        qr={await qrDataUrl(found.content.qrPayload)}
        requestId={found.r.id}
      />,
    );
  });

  app.get('/requests/:id/receipt.pdf', { preHandler: signedIn }, async (request, reply) => {
    const found = await receipt(request, reply);
    if (!found) return reply;
    const pdf = await renderReceiptPdf(found.content);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="receipt-${found.r.trackingCode}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });

  app.post('/requests/:id/cancel', { preHandler: signedIn }, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const draft = r.state === 'draft';
    await requests.cancel(r, actorOf(request));
    return reply.seeOther(draft ? '/account' : `/requests/${r.id}`);
  });
}
