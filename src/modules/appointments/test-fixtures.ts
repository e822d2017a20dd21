import { DEMO_CONSULATES } from '../catalog/demo-consulates.ts';
import type { Consulate } from '../catalog/service.ts';
import { loadServices } from '../catalog/services-registry.ts';
import type { AppointmentView } from './service.ts';

const services = loadServices();

/** The London demo consulate as a row, for tests that render without a database. */
export const LONDON = {
  ...DEMO_CONSULATES[0]!,
  id: '01900000-0000-7000-8000-000000000001',
  createdAt: new Date(),
} as Consulate;

export const request = (id: string, trackingCode: string, serviceId: string) => ({
  id,
  trackingCode,
  service: services.find(serviceId)!,
});

/** A confirmed appointment at London on Tuesday 3 March 2026, 09:00 UTC (GMT), for one single-status request. */
export function sampleAppointment(over: Partial<AppointmentView> = {}): AppointmentView {
  return {
    id: '01900000-0000-7000-8000-0000000000a1',
    consulateId: LONDON.id,
    serviceGroup: 'certificates',
    applicantId: '01900000-0000-7000-8000-0000000000b1',
    state: 'active',
    startsAt: new Date('2026-03-03T09:00:00Z'),
    endsAt: new Date('2026-03-03T09:20:00Z'),
    seat: 1,
    heldUntil: null,
    waitlistId: null,
    replacesId: null,
    createdAt: new Date('2026-03-01T09:00:00Z'),
    confirmedAt: new Date('2026-03-01T09:02:00Z'),
    endedAt: null,
    endedBy: null,
    remindedAt: null,
    firstId: over.replacesId ?? over.id ?? '01900000-0000-7000-8000-0000000000a1',
    consulate: LONDON,
    requests: [request('01900000-0000-7000-8000-0000000000c1', 'ABCDEFGHJKLM', 'single-status')],
    ...over,
  };
}
