import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from '../../config.ts';
import { appointmentCalendar, refold } from './ics.ts';
import type { AppointmentView } from './service.ts';
import { request, sampleAppointment } from './test-fixtures.ts';

const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://consular.example.org' });
/** Two requests in one 35-minute visit at counter 2. */
const appointment = (over: Partial<AppointmentView> = {}) =>
  sampleAppointment({
    endsAt: new Date('2026-03-03T09:35:00Z'),
    seat: 2,
    requests: [
      request('r1', 'ABCDEFGHJKLM', 'single-status'),
      request('r2', 'NPQRSTUVWXYZ', 'no-criminal-record'),
    ],
    ...over,
  });

/** The properties of the event, lines unfolded and values unescaped, after checking the file's form. */
function parse(ics: string): Map<string, string> {
  assert.ok(ics.endsWith('\r\n') || ics.endsWith('END:VCALENDAR'), 'ends with the calendar');
  assert.doesNotMatch(ics, /[^\r]\n/, 'every line ends with CRLF');
  for (const line of ics.split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `folded at 75 octets: ${line}`);
  }
  const unfolded = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  assert.equal(unfolded[0], 'BEGIN:VCALENDAR');
  const props = new Map<string, string>();
  for (const line of unfolded) {
    const i = line.indexOf(':');
    if (i < 0) continue;
    const name = line.slice(0, i).split(';')[0]!;
    const value = line
      .slice(i + 1)
      .replace(/\\n/gi, '\n')
      .replace(/\\([,;\\])/g, '$1');
    if (!props.has(name)) props.set(name, value);
  }
  return props;
}

describe('the calendar entry of an appointment', () => {
  const now = new Date('2026-03-01T09:02:00Z');

  test('a confirmation: REQUEST, UTC times, stable UID, sequence 0, in Persian', () => {
    const p = parse(appointmentCalendar(config, 'fa', appointment(), { method: 'REQUEST', now }));
    assert.equal(p.get('VERSION'), '2.0');
    assert.equal(p.get('METHOD'), 'REQUEST');
    assert.equal(p.get('UID'), '01900000-0000-7000-8000-0000000000a1@consular.example.org');
    assert.equal(p.get('SEQUENCE'), '0');
    assert.equal(p.get('DTSTART'), '20260303T090000Z');
    assert.equal(p.get('DTEND'), '20260303T093500Z');
    assert.equal(p.get('DTSTAMP'), '20260301T090200Z');
    assert.equal(p.get('STATUS'), 'CONFIRMED');
    assert.equal(p.get('SUMMARY'), 'نوبت بخش کنسولی سفارت — لندن: گواهی تجرد، گواهی عدم سوء پیشینه');
    assert.equal(p.get('LOCATION'), 'بخش کنسولی سفارت — لندن، ۱۰ خیابان نمونه، لندن SW7 0XX، بریتانیا');
    const description = p.get('DESCRIPTION')!;
    assert.match(description, /ABCD-EFGH-JKLM, NPQR-STUV-WXYZ/);
    assert.match(
      description,
      /\nhttps:\/\/consular\.example\.org\/appointments\/01900000-0000-7000-8000-0000000000a1$/,
    );
    assert.match(p.get('ORGANIZER') ?? '', /london@consulate\.example/i);
  });

  test('in English', () => {
    const p = parse(appointmentCalendar(config, 'en', appointment(), { method: 'PUBLISH', now }));
    assert.equal(p.get('METHOD'), 'PUBLISH');
    assert.equal(
      p.get('SUMMARY'),
      'Appointment at Consular section of the Embassy — London: Certificate of single status, Police certificate from Iran',
    );
    assert.match(p.get('DESCRIPTION')!, /^Tracking codes: ABCD-EFGH-JKLM/);
  });

  test('summer time: the same local 09:00 is 08:00 UTC', () => {
    const summer = appointment({
      startsAt: new Date('2026-07-07T08:00:00Z'),
      endsAt: new Date('2026-07-07T08:20:00Z'),
    });
    const p = parse(appointmentCalendar(config, 'fa', summer, { method: 'REQUEST', now }));
    assert.equal(p.get('DTSTART'), '20260707T080000Z');
  });

  test('a move keeps the UID and raises the sequence; a cancellation raises it again', () => {
    const moved = appointment({
      id: '01900000-0000-7000-8000-0000000000a2',
      replacesId: '01900000-0000-7000-8000-0000000000a1',
      confirmedAt: new Date('2026-03-01T10:00:00Z'),
      startsAt: new Date('2026-03-04T10:00:00Z'),
      endsAt: new Date('2026-03-04T10:40:00Z'),
    });
    const m = parse(appointmentCalendar(config, 'fa', moved, { method: 'REQUEST', now }));
    assert.equal(m.get('UID'), '01900000-0000-7000-8000-0000000000a1@consular.example.org');
    assert.ok(Number(m.get('SEQUENCE')) > 0);
    assert.equal(m.get('DTSTART'), '20260304T100000Z');

    // A second move names the first appointment of the chain when the caller knows it.
    const again = appointment({
      id: '01900000-0000-7000-8000-0000000000a3',
      replacesId: '01900000-0000-7000-8000-0000000000a2',
      confirmedAt: new Date('2026-03-01T11:00:00Z'),
    });
    const a = parse(
      appointmentCalendar(config, 'fa', again, {
        method: 'REQUEST',
        firstId: '01900000-0000-7000-8000-0000000000a1',
        now,
      }),
    );
    assert.equal(a.get('UID'), m.get('UID'));
    assert.ok(Number(a.get('SEQUENCE')) > Number(m.get('SEQUENCE')));

    const cancelled = { ...moved, state: 'cancelled' as const, endedAt: new Date('2026-03-02T08:00:00Z') };
    const c = parse(appointmentCalendar(config, 'fa', cancelled, { method: 'CANCEL', now }));
    assert.equal(c.get('METHOD'), 'CANCEL');
    assert.equal(c.get('STATUS'), 'CANCELLED');
    assert.equal(c.get('UID'), m.get('UID'));
    assert.ok(Number(c.get('SEQUENCE')) > Number(m.get('SEQUENCE')));
  });

  test('folding counts octets and never splits a character', () => {
    const long = `DESCRIPTION:${'گواهی عدم سوء پیشینه '.repeat(12)}`;
    const folded = refold(`${long}\r\nEND:VEVENT`);
    const lines = folded.split('\r\n');
    assert.ok(lines.length > 3);
    for (const line of lines) assert.ok(Buffer.byteLength(line, 'utf8') <= 75);
    assert.equal(folded.replace(/\r\n /g, ''), `${long}\r\nEND:VEVENT`);
    assert.doesNotMatch(folded, /\uFFFD/);
  });
});
