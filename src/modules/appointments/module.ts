import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import { registerScheduleAdmin } from './admin-routes.tsx';
import type { AppointmentsRouteDeps } from './deps.ts';
import { registerPublicAvailability } from './public-routes.tsx';
import { registerBooking } from './routes.tsx';
import { createAppointmentsService } from './service.ts';
import { registerDayView } from './staff-routes.tsx';

/** The appointments module: its service on the platform (the sweep and the counter use it) and its pages. */
export async function registerAppointments(
  app: FastifyInstance,
  platform: Platform,
  deps: Omit<AppointmentsRouteDeps, 'appointments'> & {
    contact: Parameters<typeof createAppointmentsService>[0]['applicant'];
  },
) {
  const appointments = createAppointmentsService({
    db: platform.database.db,
    clock: platform.clock,
    keys: platform.keys,
    config: platform.config,
    catalog: deps.catalog,
    services: deps.services,
    requests: deps.requests,
    applicant: deps.contact,
    wakeMailer: platform.wakeMailer,
  });
  platform.appointments = appointments;
  deps.requests.onFinal((tx, requestId) => appointments.requestEnded(tx, requestId));
  const routeDeps: AppointmentsRouteDeps = { ...deps, appointments };
  await registerBooking(app, platform, routeDeps);
  await registerPublicAvailability(app, platform, routeDeps);
  await registerScheduleAdmin(app, platform, routeDeps);
  await registerDayView(app, platform, routeDeps);
}
