import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from '../../config.ts';
import { appointmentEmails } from './emails.ts';
import type { AppointmentView } from './service.ts';
import { request, sampleAppointment } from './test-fixtures.ts';

const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://consular.example.org' });
const emails = appointmentEmails(config);
const appointment = sampleAppointment;

describe('appointment emails', () => {
  test('confirmed, in Persian: both calendars, local time and zone, place, codes, link, the .ics', () => {
    const m = emails.confirmed('fa', 'مریم', appointment(), { rescheduled: false });
    assert.equal(m.locale, 'fa');
    assert.match(m.subject, /نوبت شما ثبت شد: سه‌شنبه ۱۲ اسفند ۱۴۰۴ \(۳ مارس ۲۰۲۶\)/);
    assert.match(m.text, /مریم گرامی/);
    assert.match(m.text, /تاریخ: سه‌شنبه ۱۲ اسفند ۱۴۰۴ \(۳ مارس ۲۰۲۶\)/);
    assert.match(m.text, /ساعت: ۰۹:۰۰ تا ۰۹:۲۰، وقت گرینویچ \(Europe\/London\)/);
    assert.match(m.text, /بخش کنسولی سفارت — لندن، ۱۰ خیابان نمونه/);
    assert.match(m.text, /گواهی تجرد — کد رهگیری: ABCD-EFGH-JKLM/);
    assert.match(
      m.text,
      /https:\/\/consular\.example\.org\/appointments\/01900000-0000-7000-8000-0000000000a1/,
    );
    // Codes and the zone stay left-to-right inside the Persian lines.
    assert.match(m.html, /<span dir="ltr">ABCD-EFGH-JKLM<\/span>/);
    assert.match(m.html, /<span dir="ltr">Europe\/London<\/span>/);
    assert.match(m.html, /dir="rtl"/);
    assert.equal(m.attachments?.length, 1);
    const [ics] = m.attachments!;
    assert.equal(ics!.filename, 'appointment.ics');
    assert.equal(ics!.contentType, 'text/calendar; method=REQUEST; charset=utf-8');
    assert.match(ics!.content, /METHOD:REQUEST/);
    assert.match(ics!.content, /SEQUENCE:0/);
  });

  test('summer time is named as such', () => {
    const m = emails.reminder(
      'en',
      'Maryam',
      appointment({ startsAt: new Date('2026-07-07T08:00:00Z'), endsAt: new Date('2026-07-07T08:20:00Z') }),
    );
    assert.match(m.text, /Time: 09:00 to 09:20, British Summer Time \(Europe\/London\)/);
    assert.match(m.text, /Date: Tuesday 7 July 2026 \(16 Tir 1405\)/);
    assert.equal(m.attachments, undefined);
  });

  test('rescheduled: its own words, the same calendar entry updated', () => {
    const moved = appointment({
      id: '01900000-0000-7000-8000-0000000000a2',
      replacesId: '01900000-0000-7000-8000-0000000000a1',
      confirmedAt: new Date('2026-03-01T10:00:00Z'),
    });
    const m = emails.confirmed('en', 'Maryam', moved, { rescheduled: true });
    assert.match(m.subject, /^Your appointment has been moved: Tuesday 3 March 2026/);
    assert.match(m.text, /has been moved to this time/);
    const ics = m.attachments![0]!.content;
    assert.match(ics, /UID:01900000-0000-7000-8000-0000000000a1@consular\.example\.org/);
    assert.match(ics, /SEQUENCE:[1-9]\d*/);
  });

  test('cancelled: METHOD:CANCEL and a way to book again', () => {
    const m = emails.cancelled(
      'fa',
      'مریم',
      appointment({ state: 'cancelled', endedAt: new Date('2026-03-02T08:00:00Z') }),
      'applicant',
    );
    assert.match(m.subject, /نوبت شما لغو شد/);
    assert.match(m.text, /به درخواست شما لغو شد/);
    assert.match(m.text, /\/requests\/01900000-0000-7000-8000-0000000000c1\/appointment/);
    const [ics] = m.attachments!;
    assert.equal(ics!.contentType, 'text/calendar; method=CANCEL; charset=utf-8');
    assert.match(ics!.content, /METHOD:CANCEL/);
    assert.match(ics!.content, /STATUS:CANCELLED/);
    assert.match(emails.cancelled('en', 'M', appointment(), 'system').text, /no longer need a visit/);
  });

  test('a waitlist offer: the deadline, the confirm link, no calendar entry yet', () => {
    const m = emails.offer(
      'fa',
      'مریم',
      appointment({
        state: 'held',
        heldUntil: new Date('2026-03-01T09:30:00Z'),
        waitlistId: 'w1',
        confirmedAt: null,
      }),
      30,
    );
    assert.match(m.subject, /زمانی در بخش کنسولی سفارت — لندن برای شما آزاد شد/);
    assert.match(m.text, /۳۰ دقیقه/);
    assert.match(m.text, /تا یکشنبه ۱۰ اسفند ۱۴۰۴ \(۱ مارس ۲۰۲۶\)، ساعت ۰۹:۳۰ \(وقت گرینویچ\)/);
    assert.match(
      m.text,
      /https:\/\/consular\.example\.org\/appointments\/01900000-0000-7000-8000-0000000000a1\/confirm/,
    );
    assert.equal(m.attachments, undefined);
  });
});
