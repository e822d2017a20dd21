import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../app.ts';
import { type FormErrors, type FormValues, formValues, parseForm } from '../../platform/http/forms.ts';
import type { RequestView } from '../requests/service.ts';
import { allowed } from '../staff/guards.ts';
import { isAdmin, workConsulates } from '../staff/roles.ts';
import { type CounterService, createCounterService, PaymentForm } from './counter-service.ts';
import type { BackofficeDeps } from './deps.ts';
import { CheckInPage, type VisitFlash, VisitPage } from './views/counter.tsx';
import { PaymentReceiptPage } from './views/payment-receipt.tsx';

const FLASHES: readonly VisitFlash[] = ['checked-in', 'originals', 'payment', 'signature'];

/** The counter: check-in by tracking code, originals seen, fees taken, signatures witnessed. */
export async function registerCounter(app: FastifyInstance, platform: Platform, deps: BackofficeDeps) {
  const counter: CounterService = createCounterService({
    ...deps,
    db: platform.database.db,
    clock: platform.clock,
  });
  const guard = { preHandler: deps.requireStaff };
  const actorOf = (request: FastifyRequest) => ({ staff: request.staff!, ip: request.ip });
  /** Someone who works at a consulate (or an admin): the counter exists for them; for anyone else it is a 404. */
  const works = (request: FastifyRequest) =>
    Boolean(request.staff && (isAdmin(request.staff) || workConsulates(request.staff).length > 0));

  /** The request in the URL, if it is at one of this person's consulates; otherwise the 404 page is on its way. */
  async function load(request: FastifyRequest, reply: FastifyReply): Promise<RequestView | undefined> {
    const { requestId } = request.params as { requestId: string };
    const r = works(request) ? await counter.load(requestId, request.staff!) : undefined;
    if (!r || !allowed(request, 'work', r.consulateId)) {
      void reply.callNotFound();
      return undefined;
    }
    return r;
  }

  async function visitPage(
    request: FastifyRequest,
    reply: FastifyReply,
    r: RequestView,
    options: { payment?: { values: FormValues; errors: FormErrors }; status?: number } = {},
  ) {
    const view = await counter.view(r, actorOf(request));
    if (!view) return reply.callNotFound();
    const q = request.query as { done?: string; payment?: string };
    const flash = FLASHES.find((f) => f === q.done);
    return reply.page(
      <VisitPage
        view={view}
        flash={options.payment ? undefined : flash}
        paymentId={view.payments.find((p) => p.id === q.payment)?.id}
        payment={options.payment}
      />,
      { status: options.status },
    );
  }

  app.get('/staff/counter', guard, async (request, reply) => {
    if (!works(request)) return reply.callNotFound();
    return reply.page(<CheckInPage />);
  });

  app.post('/staff/counter', guard, async (request, reply) => {
    if (!works(request)) return reply.callNotFound();
    const code = formValues(request.body).code?.trim() ?? '';
    if (!code) return reply.page(<CheckInPage code={code} error="counter.find.required" />, { status: 400 });
    const id = await counter.findByTrackingCode(code, request.staff!);
    if (!id) return reply.page(<CheckInPage code={code} error="counter.find.notFound" />, { status: 404 });
    return reply.seeOther(`/staff/counter/${id}`);
  });

  app.get('/staff/counter/:requestId', guard, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    return visitPage(request, reply, r);
  });

  app.post('/staff/counter/:requestId/check-in', guard, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const done = await counter.checkIn(r, actorOf(request));
    return reply.seeOther(`/staff/counter/${r.id}${done === 'checked_in' ? '?done=checked-in' : ''}`);
  });

  app.post('/staff/counter/:requestId/originals', guard, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const raw = (request.body as Record<string, unknown> | undefined)?.originals;
    const keys = (Array.isArray(raw) ? raw : [raw]).filter((k): k is string => typeof k === 'string');
    const done = await counter.saveOriginals(r, keys, actorOf(request));
    return reply.seeOther(`/staff/counter/${r.id}${done === 'saved' ? '?done=originals' : ''}`);
  });

  app.post('/staff/counter/:requestId/payments', guard, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const parsed = parseForm(PaymentForm, request.body);
    if (!parsed.ok) {
      return visitPage(request, reply, r, {
        payment: { values: parsed.values, errors: parsed.errors },
        status: 400,
      });
    }
    const outcome = await counter.recordPayment(
      r,
      { ...parsed.data, again: parsed.data.again === 'yes' },
      actorOf(request),
    );
    if (outcome.kind === 'already_paid') {
      // Read again: the page shows when it was paid and asks to confirm a second payment.
      const fresh = (await counter.load(r.id, request.staff!)) ?? r;
      return visitPage(request, reply, fresh, {
        payment: { values: parsed.values, errors: { again: 'counter.payment.again.required' } },
        status: 409,
      });
    }
    if (outcome.kind !== 'recorded') return reply.seeOther(`/staff/counter/${r.id}`);
    return reply.seeOther(`/staff/counter/${r.id}?done=payment&payment=${outcome.paymentId}`);
  });

  app.get('/staff/counter/:requestId/payments/:paymentId', guard, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const { paymentId } = request.params as { paymentId: string };
    const found = await counter.payment(r, paymentId, actorOf(request));
    if (!found) return reply.callNotFound();
    const person = await deps.applicant(r.applicantId);
    return reply.page(
      <PaymentReceiptPage
        request={r}
        payment={found.payment}
        consulate={found.consulate}
        applicantName={person ? `${person.identity.firstName} ${person.identity.lastName}` : ''}
      />,
    );
  });

  app.post('/staff/counter/:requestId/signature', guard, async (request, reply) => {
    const r = await load(request, reply);
    if (!r) return reply;
    const done = await counter.witnessSignature(r, actorOf(request));
    if (done === 'not_witnessed_service') return reply.callNotFound();
    return reply.seeOther(`/staff/counter/${r.id}${done === 'witnessed' ? '?done=signature' : ''}`);
  });
}
