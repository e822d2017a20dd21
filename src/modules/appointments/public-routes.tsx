import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import { AVAILABILITY_TTL_MS, createAvailability } from './admin-service.ts';
import type { AppointmentsRouteDeps } from './deps.ts';
import { type AvailabilityErrors, AvailabilityPage, type AvailabilityValues } from './views/availability.tsx';

const MAX_AGE = Math.floor(AVAILABILITY_TTL_MS / 1000);

/** Public availability: the next free dates per consulate and service, without signing in, cached briefly. */
export async function registerPublicAvailability(
  app: FastifyInstance,
  platform: Platform,
  deps: AppointmentsRouteDeps,
) {
  const availability = createAvailability({
    clock: platform.clock,
    catalog: deps.catalog,
    appointments: deps.appointments,
  });

  app.get(
    '/appointments/availability',
    {
      // After the page is rendered (and any cookie set): shared caches may keep it only when it is the same for
      // everyone. A signed-in header names the person, and a response that sets a cookie (the first visit's CSRF
      // secret) must not be handed to others, so those are kept by the browser alone.
      onSend: async (request, reply, payload) => {
        if (reply.statusCode !== 200) return payload;
        const personal = !!request.session || reply.hasHeader('set-cookie');
        reply.header('cache-control', `${personal ? 'private' : 'public'}, max-age=${MAX_AGE}`);
        // The language comes from a cookie.
        reply.header('vary', 'Cookie');
        return payload;
      },
    },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const param = (name: string) => {
        const v = query[name];
        return typeof v === 'string' && v.length <= 100 ? v.trim() : v === undefined ? undefined : '\u0000';
      };
      const values: AvailabilityValues = { consulate: param('consulate'), service: param('service') };
      const consulates = await deps.catalog.listConsulates();
      const consulate = consulates.find((c) => c.code === values.consulate);
      const service = values.service ? deps.services.find(values.service) : undefined;
      const errors: AvailabilityErrors = {};
      // What was sent is checked; a link that names only the service (from its page) just fills the form in.
      if (values.consulate !== undefined && !consulate)
        errors.consulate = 'appointments.public.error.consulate';
      if (values.service !== undefined && !service) errors.service = 'appointments.public.error.service';
      const shown: AvailabilityValues = {
        consulate: consulate?.code,
        service: service?.id,
      };
      const signedIn = request.session?.subjectType === 'applicant';
      const services = deps.services.all;
      if (Object.keys(errors).length > 0 || !consulate || !service) {
        return reply.page(
          <AvailabilityPage
            consulates={consulates}
            services={services}
            values={shown}
            errors={errors}
            signedIn={signedIn}
          />,
          { status: Object.keys(errors).length > 0 ? 400 : 200 },
        );
      }
      return reply.page(
        <AvailabilityPage
          consulates={consulates}
          services={services}
          values={shown}
          result={{ consulate, service, availability: await availability(consulate, service) }}
          signedIn={signedIn}
        />,
      );
    },
  );
}
