import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../app.ts';
import type { FormErrors } from '../../platform/http/forms.ts';
import { toLatinDigits } from '../../platform/i18n/digits.ts';
import { translator } from '../../platform/i18n/index.ts';
import { slugOf } from '../documents/kinds.ts';
import type { RequestView } from '../requests/service.ts';
import { type RequestState, TRANSITION_NAMES, type TransitionName } from '../requests/states.ts';
import type { BackofficeDeps } from './deps.ts';
import {
  type ActionState,
  type AssignedFilter,
  createReviewService,
  decodeCursor,
  encodeCursor,
  type QueueQuery,
  SUBMITTED_STATES,
} from './review-service.ts';
import { ConflictPage } from './views/conflict.tsx';
import { QueuePage, SearchPage } from './views/queue.tsx';
import { DONE, type Done, ReviewPage } from './views/review.tsx';

type Query = Record<string, unknown>;
const text = (q: Query, name: string, max = 200) => {
  const v = q[name];
  return typeof v === 'string' ? v.slice(0, max) : '';
};

/** A page of the queue to come back to after "assign to me"; anything else is ignored (no open redirect). */
const safeBack = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 2000 && /^\/staff\/queue(\?[\w%&=.~+-]*)?$/.test(value)
    ? value
    : undefined;

/** The queue, search, review of a request, notes, assignment and the officer's transitions. */
export async function registerBackoffice(app: FastifyInstance, platform: Platform, deps: BackofficeDeps) {
  const review = createReviewService({
    db: platform.database.db,
    clock: platform.clock,
    keys: platform.keys,
    requests: deps.requests,
    documents: deps.documents,
    catalog: deps.catalog,
    services: deps.services,
    applicant: deps.applicant,
  });
  const staff = { preHandler: deps.requireStaff };

  /**
   * The request in the URL, if the signed-in person may open it; otherwise a 404 page, the same whether it is
   * missing or another consulate's. A refusal of a real record is logged (ids only, no personal data).
   */
  async function load(request: FastifyRequest, reply: FastifyReply): Promise<RequestView | undefined> {
    const { id } = request.params as { id: string };
    const r = await review.load(request.staff!, id);
    if (!r) {
      if (await review.exists(id))
        request.log.warn(
          { staff: request.staff?.id, request: id },
          'back office: another consulate’s record refused',
        );
      void reply.callNotFound();
    }
    return r;
  }

  async function reviewPage(
    request: FastifyRequest,
    reply: FastifyReply,
    r: RequestView,
    extra: {
      status?: number;
      action?: ActionState;
      note?: { text: string; error?: string };
      assignError?: string;
      formError?: string;
      done?: Done;
    } = {},
  ) {
    const member = request.staff!;
    const data = await review.review(member, r);
    await review.recordView(member, r, request.ip);
    const actions = new Map<TransitionName, ActionState>(
      data.transitions.map((name) => [name, review.blankAction(name, data.timeZone, request.locale)]),
    );
    if (extra.action) actions.set(extra.action.name, extra.action);
    return reply.page(
      <ReviewPage
        request={r}
        data={data}
        me={member.id}
        actions={actions}
        note={extra.note}
        assignError={extra.assignError}
        formError={extra.formError}
        done={extra.done}
      />,
      { status: extra.status ?? 200 },
    );
  }

  // ——— the queue ———

  app.get('/staff/queue', staff, async (request, reply) => {
    const member = request.staff!;
    const consulates = await review.queueConsulates(member);
    const q = request.query as Query;
    const wanted = text(q, 'consulate', 64);
    const consulate = wanted ? consulates.find((c) => c.id === wanted) : consulates[0];
    if (!consulate) return reply.callNotFound();
    const stateText = text(q, 'state', 40);
    const state: QueueQuery['state'] =
      stateText === 'all' || (SUBMITTED_STATES as string[]).includes(stateText)
        ? (stateText as RequestState | 'all')
        : 'open';
    const service = deps.services.find(text(q, 'service', 100));
    const assignedText = text(q, 'assigned', 10);
    const assigned: AssignedFilter =
      assignedText === 'me' || assignedText === 'nobody' ? assignedText : 'anyone';
    const typedDays = text(q, 'minDays', 20);
    const errors: FormErrors = {};
    let minDays: number | undefined;
    if (typedDays.trim()) {
      const digits = toLatinDigits(typedDays).trim();
      if (/^\d{1,4}$/.test(digits)) minDays = Number(digits);
      else errors.minDays = 'backoffice.queue.minDays.invalid';
    }
    const query: QueueQuery = { consulateId: consulate.id, state, serviceId: service?.id, minDays, assigned };
    const after = decodeCursor(q.after);
    const before = after ? undefined : decodeCursor(q.before);
    const result = await review.queue(member, query, { after, before });

    const params = new URLSearchParams({ consulate: consulate.id });
    if (state !== 'open') params.set('state', state);
    if (service) params.set('service', service.id);
    if (minDays !== undefined) params.set('minDays', String(minDays));
    if (assigned !== 'anyone') params.set('assigned', assigned);
    const href = (extra?: [string, string]) => {
      const p = new URLSearchParams(params);
      if (extra) p.set(extra[0], extra[1]);
      return `/staff/queue?${p.toString()}`;
    };
    return reply.page(
      <QueuePage
        consulates={consulates}
        consulate={consulate}
        services={deps.services.all}
        values={{
          state,
          service: service?.id ?? '',
          minDays: typedDays,
          assigned,
        }}
        errors={errors}
        entries={result.items}
        total={result.total}
        pages={{
          next: result.next ? href(['after', encodeCursor(result.next)]) : undefined,
          previous: result.previous ? href(['before', encodeCursor(result.previous)]) : undefined,
          first: (after || before) && !result.previous ? href() : undefined,
        }}
        back={request.url.length <= 2000 ? request.url : href()}
      />,
      { status: Object.keys(errors).length > 0 ? 400 : 200 },
    );
  });

  // ——— search ———

  async function search(request: FastifyRequest, reply: FastifyReply, query: string) {
    const member = request.staff!;
    const consulates = await review.queueConsulates(member);
    if (consulates.length === 0) return reply.callNotFound();
    const timeZone = consulates[0]!.timeZone;
    const q = query.trim();
    if (!q) {
      const error = translator(request.locale)('backoffice.search.missing');
      return reply.page(<SearchPage query="" entries={[]} error={error} timeZone={timeZone} />, {
        status: 400,
      });
    }
    const found = await review.search(member, q);
    if (found.exact) return reply.seeOther(`/staff/requests/${found.exact}`);
    return reply.page(<SearchPage query={q} entries={found.items} timeZone={timeZone} />);
  }

  app.get('/staff/search', staff, async (request, reply) => {
    const q = text(request.query as Query, 'q');
    if (!q) {
      const consulates = await review.queueConsulates(request.staff!);
      if (consulates.length === 0) return reply.callNotFound();
      return reply.page(<SearchPage query="" entries={[]} timeZone={consulates[0]!.timeZone} />);
    }
    return search(request, reply, q);
  });

  // The search box posts, so a national code typed into it never lands in a URL (history, logs, referrers).
  app.post('/staff/search', staff, async (request, reply) =>
    search(request, reply, text((request.body ?? {}) as Query, 'q')),
  );

  // ——— the review ———

  app.get('/staff/requests/:id', staff, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const done = text(request.query as Query, 'done', 40);
    return reviewPage(request, reply, r, {
      done: (DONE as readonly string[]).includes(done) ? (done as Done) : undefined,
    });
  });

  app.post('/staff/requests/:id/notes', staff, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const added = await review.addNote({
      member: request.staff!,
      request: r,
      text: ((request.body ?? {}) as Query).note,
      ip: request.ip,
    });
    if (added.ok) return reply.seeOther(`/staff/requests/${r.id}?done=note#notes-title`);
    const t = translator(request.locale);
    return reviewPage(request, reply, r, { status: 400, note: { text: added.text, error: t(added.error) } });
  });

  app.post('/staff/requests/:id/assign', staff, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const body = (request.body ?? {}) as Query;
    const outcome = await review.assign({ member: request.staff!, request: r, to: body.to, ip: request.ip });
    if (outcome === 'missing') return reply.callNotFound();
    if (outcome === 'ok')
      return reply.seeOther(safeBack(body.back) ?? `/staff/requests/${r.id}?done=assigned`);
    const t = translator(request.locale);
    return reviewPage(request, reply, r, { status: 400, assignError: t('backoffice.assign.notAllowed') });
  });

  app.post('/staff/requests/:id/transitions/:name', staff, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const { name } = request.params as { name: string };
    if (!(TRANSITION_NAMES as string[]).includes(name)) return reply.callNotFound();
    const member = request.staff!;
    const outcome = await review.act({
      member,
      request: r,
      name,
      body: request.body,
      ip: request.ip,
      locale: request.locale,
    });
    if (outcome.kind === 'done') return reply.seeOther(`/staff/requests/${r.id}?done=${name}`);
    if (outcome.kind === 'missing') return reply.callNotFound();
    const t = translator(request.locale);
    if (outcome.kind === 'invalid')
      return reviewPage(request, reply, r, { status: 400, action: outcome.state });
    if (outcome.kind === 'unavailable')
      return reviewPage(request, reply, r, { status: 400, formError: t('backoffice.action.unavailable') });
    // Someone else changed it since this officer's page was built: show what is there now, write nothing.
    const now = (await review.load(member, r.id)) ?? r;
    const current = await review.current(now);
    return reply.page(
      <ConflictPage
        request={now}
        attempted={name as TransitionName}
        last={current.last}
        who={current.who}
        staffName={current.staffName}
        timeZone={current.timeZone}
      />,
      { status: 409 },
    );
  });

  // ——— documents ———

  /**
   * A document opened by staff: inline (previews in the review page), with nosniff and a sandboxing CSP like the
   * applicant's own route. The review page frames PDFs, so this answer (only this one) may be framed by our own
   * pages: `frame-ancestors 'self'` and SAMEORIGIN replace the site-wide DENY.
   */
  const serve = (variant: 'file' | 'thumbnail') => async (request: FastifyRequest, reply: FastifyReply) => {
    const { id } = request.params as { id: string };
    const member = request.staff!;
    const doc = await review.documentFor(member, id);
    if (!doc) {
      request.log.info({ staff: member.id, document: id }, 'back office: document not found or refused');
      return reply.callNotFound();
    }
    const found = await review.openDocument(member, doc, variant, request.ip);
    if (!found) return reply.callNotFound();
    const extension = found.mime === 'application/pdf' ? 'pdf' : found.mime === 'image/png' ? 'png' : 'jpg';
    const name = `${slugOf(doc.kind)}${variant === 'thumbnail' ? '-preview' : ''}.${extension}`;
    return reply
      .header('content-type', found.mime)
      .header('content-disposition', `inline; filename="${name}"`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox; frame-ancestors 'self'")
      .header('x-frame-options', 'SAMEORIGIN')
      .header('cache-control', 'private, no-store')
      .header('cross-origin-resource-policy', 'same-origin')
      .send(found.bytes);
  };
  app.get('/staff/documents/:id', staff, serve('file'));
  app.get('/staff/documents/:id/thumbnail', staff, serve('thumbnail'));
}
