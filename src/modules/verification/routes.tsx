import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Platform } from '../../app.ts';
import { type FormErrors, formValues } from '../../platform/http/forms.ts';
import { translator } from '../../platform/i18n/index.ts';
import { qrDataUrl } from '../../platform/pdf/qr.ts';
import type { BackofficeDeps } from '../backoffice/deps.ts';
import type { StaffMember } from '../staff/roles.ts';
import { renderDocumentPdf } from './pdf.ts';
import { type ApplicantDocument, createIssuingService, type Refusal, type StaffDocument } from './service.ts';
import { sheetOf } from './sheet.ts';
import { publicJwks, publicPem, ringFromConfig } from './signing.ts';
import { ApplicantDocumentPage, RevokedDocumentPage } from './views/applicant.tsx';
import { AwaitingPage } from './views/awaiting.tsx';
import { type DocumentFlash, StaffDocumentPage } from './views/document.tsx';
import { IssuePreviewPage } from './views/preview.tsx';
import { PrintPage } from './views/print.tsx';
import { VerifyPage } from './views/verify.tsx';

const MINUTE = 60_000;
const FLASHES: DocumentFlash[] = ['prepared', 'approved', 'withdrawn', 'revoked'];
const REASON_MAX = 500;

/** Verification answers are for the person who asked: never kept by a cache, shared or not. */
async function noStore(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.header('cache-control', 'no-store');
  return payload;
}

/** The applicant's pages: signed in, and (downloading an issued document being sensitive) signed in recently. */
export type ApplicantGuards = {
  requireApplicant: preHandlerAsyncHookHandler;
  requireRecentSignIn: preHandlerAsyncHookHandler;
};

/**
 * Issuing (prepare, second approval, print, revoke) for staff; the applicant's own copy; public verification and
 * the published key.
 */
export async function registerVerification(
  app: FastifyInstance,
  platform: Platform,
  deps: BackofficeDeps & ApplicantGuards,
) {
  const { config } = platform;
  const ring = ringFromConfig(config.signing, {
    production: config.production,
    hmacKey: platform.keys.hmacKey,
    warn: (message) => app.log.warn(message),
  });
  const issuing = createIssuingService({
    db: platform.database.db,
    clock: platform.clock,
    keys: platform.keys,
    config,
    ring,
    requests: deps.requests,
    catalog: deps.catalog,
    applicant: deps.applicant,
    wakeMailer: platform.wakeMailer,
    warn: (message) => app.log.error(message),
  });
  const staffOnly = { preHandler: deps.requireStaff };
  const member = (request: FastifyRequest): StaffMember => request.staff!;
  const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

  // ---- Staff: prepare ----

  async function preview(request: FastifyRequest, reply: FastifyReply, raced = false) {
    const found = await issuing.preview(member(request), idOf(request), request.ip);
    if (!found) return reply.callNotFound();
    return reply.page(
      <IssuePreviewPage
        request={found.request}
        content={found.content}
        missing={found.missing}
        live={found.live}
        documents={found.documents}
        timeZone={found.consulate.timeZone}
        raced={raced && found.missing.length > 0}
      />,
      { status: raced ? 409 : 200 },
    );
  }

  app.get('/staff/requests/:id/issue', staffOnly, async (request, reply) => preview(request, reply));

  app.post('/staff/requests/:id/issue', staffOnly, async (request, reply) => {
    const result = await issuing.prepare(member(request), idOf(request), request.ip);
    if (!result) return reply.callNotFound();
    if (result.kind === 'prepared') return reply.seeOther(`/staff/issued/${result.id}?done=prepared`);
    if (result.kind === 'exists') return reply.seeOther(`/staff/issued/${result.id}`);
    return preview(request, reply, true);
  });

  app.get('/staff/issuing', staffOnly, async (request, reply) => {
    const items = await issuing.awaiting(member(request));
    return reply.page(
      <AwaitingPage
        items={items.map((item) => ({
          ...item,
          serviceName: deps.services.find(item.row.serviceId)?.name ?? {
            fa: item.row.serviceId,
            en: item.row.serviceId,
          },
        }))}
      />,
    );
  });

  // ---- Staff: one document ----

  async function documentPage(
    request: FastifyRequest,
    reply: FastifyReply,
    options: { doc?: StaffDocument; refusal?: Refusal; reasonError?: string; reason?: string } = {},
  ) {
    const doc = options.doc ?? (await issuing.open(member(request), idOf(request), request.ip));
    if (!doc) return reply.callNotFound();
    const t = translator(request.locale);
    const errors = [
      ...(options.refusal
        ? [{ field: 'actions', message: t(`verification.refusal.${options.refusal}`), href: '#actions' }]
        : []),
      ...(options.reasonError ? [{ field: 'reason', message: options.reasonError }] : []),
    ];
    const done = (request.query as { done?: string }).done;
    return reply.page(
      <StaffDocumentPage
        doc={doc}
        flash={
          errors.length === 0 && FLASHES.includes(done as DocumentFlash) ? (done as DocumentFlash) : undefined
        }
        errors={errors}
        reason={options.reason}
      />,
      { status: errors.length === 0 ? 200 : options.reasonError ? 400 : 409 },
    );
  }

  app.get('/staff/issued/:id', staffOnly, async (request, reply) => documentPage(request, reply));

  app.post('/staff/issued/:id/approve', staffOnly, async (request, reply) => {
    const result = await issuing.approve(member(request), idOf(request), request.ip);
    if (result.ok) return reply.seeOther(`/staff/issued/${idOf(request)}?done=approved`);
    if (result.refusal === 'missing') return reply.callNotFound();
    return documentPage(request, reply, { refusal: result.refusal });
  });

  app.post('/staff/issued/:id/withdraw', staffOnly, async (request, reply) => {
    const result = await issuing.withdraw(member(request), idOf(request), request.ip);
    if (result.ok) return reply.seeOther(`/staff/issued/${idOf(request)}?done=withdrawn`);
    if (result.refusal === 'missing') return reply.callNotFound();
    return documentPage(request, reply, { refusal: result.refusal });
  });

  app.post('/staff/issued/:id/revoke', staffOnly, async (request, reply) => {
    const reason = (formValues(request.body).reason ?? '').trim();
    const t = translator(request.locale);
    const problem = !reason
      ? t('verification.revoke.required')
      : reason.length > REASON_MAX
        ? t('verification.revoke.tooLong', { max: REASON_MAX })
        : undefined;
    if (problem) return documentPage(request, reply, { reasonError: problem, reason });
    const result = await issuing.revoke(member(request), idOf(request), reason, request.ip);
    if (result.ok) return reply.seeOther(`/staff/issued/${idOf(request)}?done=revoked`);
    if (result.refusal === 'missing') return reply.callNotFound();
    return documentPage(request, reply, { refusal: result.refusal });
  });

  /** The document as printed, for someone who may print it (issued only); else undefined after replying. */
  async function printable(request: FastifyRequest, reply: FastifyReply, action: string) {
    const doc = await issuing.open(member(request), idOf(request), request.ip, action);
    if (!doc) {
      void reply.callNotFound();
      return undefined;
    }
    const { row } = doc;
    if (!doc.may.print || !row.payload || !row.issuedAt || !row.keyId) {
      void reply.seeOther(`/staff/issued/${row.id}`);
      return undefined;
    }
    const sheet = sheetOf(config, request.locale, {
      content: doc.content,
      code: doc.code,
      issuedAt: row.issuedAt,
      timeZone: doc.consulate.timeZone,
      approvedBy: doc.names.approvedBy ?? '',
      keyId: row.keyId,
      payload: row.payload,
    });
    return { doc, sheet };
  }

  app.get('/staff/issued/:id/print', staffOnly, async (request, reply) => {
    const found = await printable(request, reply, 'issued.print');
    if (!found) return reply;
    return reply.page(
      <PrintPage sheet={found.sheet} qr={await qrDataUrl(found.sheet.qrPayload)} docId={found.doc.row.id} />,
    );
  });

  app.get('/staff/issued/:id/pdf', staffOnly, async (request, reply) => {
    const found = await printable(request, reply, 'issued.pdf');
    if (!found) return reply;
    const pdf = await renderDocumentPdf(found.sheet);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${found.doc.row.number}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });

  // ---- Applicant: their own document ----

  const applicantOnly = {
    preHandler: [deps.requireApplicant, deps.requireRecentSignIn],
    onSend: noStore,
  };
  const own = (request: FastifyRequest, format: 'page' | 'pdf') =>
    issuing.forApplicant(request.applicant!.id, idOf(request), request.ip, format);
  const ownSheet = (request: FastifyRequest, doc: ApplicantDocument & { kind: 'issued' }) =>
    sheetOf(config, request.locale, {
      content: doc.content,
      code: doc.code,
      issuedAt: doc.issuedAt,
      timeZone: doc.timeZone,
      approvedBy: doc.approvedBy,
      keyId: doc.keyId,
      payload: doc.payload,
    });

  app.get('/requests/:id/document', applicantOnly, async (request, reply) => {
    const doc = await own(request, 'page');
    if (!doc) return reply.callNotFound();
    if (doc.kind === 'revoked') {
      return reply.page(
        <RevokedDocumentPage
          requestId={idOf(request)}
          number={doc.number}
          revokedAt={doc.revokedAt}
          reason={doc.reason}
          timeZone={doc.timeZone}
        />,
      );
    }
    const sheet = ownSheet(request, doc);
    return reply.page(
      <ApplicantDocumentPage
        sheet={sheet}
        qr={await qrDataUrl(sheet.qrPayload)}
        requestId={idOf(request)}
        number={doc.number}
        code={doc.code}
      />,
    );
  });

  app.get('/requests/:id/document/pdf', applicantOnly, async (request, reply) => {
    const doc = await own(request, 'pdf');
    // A revoked document is no longer valid: nothing to download.
    if (doc?.kind !== 'issued') return reply.callNotFound();
    const pdf = await renderDocumentPdf(ownSheet(request, doc));
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${doc.number}.pdf"`)
      .send(pdf);
  });

  // ---- Public: verification ----

  /** Checks per client per minute; false (and a Retry-After) when this one is over the limit. */
  async function allowed(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const hit = await platform.limiter.hit(`verify:${request.ip}`, config.rateLimit.verifyPerMinute, MINUTE);
    if (hit.allowed) return true;
    const seconds = Math.max(1, Math.ceil((hit.resetAt.getTime() - platform.clock.now().getTime()) / 1000));
    reply.header('retry-after', String(seconds));
    return false;
  }

  // The QR's payload is in the URL: the request line is not logged at `info` (nor is anything else here).
  const publicRoute = { logLevel: 'warn' as const, onSend: noStore };

  app.get('/verify', publicRoute, async (request, reply) => {
    const d = (request.query as { d?: unknown }).d;
    if (typeof d !== 'string' || d === '') return reply.page(<VerifyPage />);
    if (!(await allowed(request, reply))) return reply.page(<VerifyPage limited />, { status: 429 });
    return reply.page(<VerifyPage answer={await issuing.lookupPayload(d)} />);
  });

  app.post('/verify', publicRoute, async (request, reply) => {
    const values = formValues(request.body);
    const number = (values.number ?? '').trim();
    const code = (values.code ?? '').trim();
    const errors: FormErrors = {
      ...(number ? {} : { number: 'verification.form.numberMissing' as const }),
      ...(code ? {} : { code: 'verification.form.codeMissing' as const }),
    };
    const typed = { number: values.number ?? '', code: values.code ?? '' };
    if (Object.keys(errors).length > 0)
      return reply.page(<VerifyPage values={typed} errors={errors} />, { status: 400 });
    if (!(await allowed(request, reply))) {
      return reply.page(<VerifyPage limited values={typed} />, { status: 429 });
    }
    const answer = await issuing.lookup(number, code);
    return reply.page(<VerifyPage answer={answer} values={answer.kind === 'no_match' ? typed : {}} />);
  });

  app.get('/.well-known/mikhak-signing-keys.json', async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .header('access-control-allow-origin', '*')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(publicJwks(ring), null, 2)),
  );

  app.get('/.well-known/mikhak-signing-key.pem', async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .header('access-control-allow-origin', '*')
      .type('application/x-pem-file')
      .send(publicPem(ring)),
  );
}
