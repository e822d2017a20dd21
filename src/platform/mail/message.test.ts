import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, renderEmail } from './message.ts';
import { otpEmail } from './templates.ts';

const hostile = `<script>alert("x")</script> & 'co'`;

test('every value is escaped in the HTML, and kept as typed in the text', () => {
  const mail = renderEmail('en', {
    subject: `Hello ${hostile}`,
    greeting: `Dear ${hostile},`,
    paragraphs: [hostile, ['Tracking ', { ltr: hostile }]],
    code: '<b>1</b>',
    action: { label: hostile, url: 'https://portal.example/requests?a=1&b="2"' },
    notes: [hostile],
    footer: hostile,
    serviceName: hostile,
  });
  assert.equal(mail.html.includes('<script>'), false);
  assert.equal(mail.html.includes('<b>1</b>'), false);
  assert.ok(mail.html.includes(escapeHtml(hostile)));
  assert.ok(mail.html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;'));
  assert.ok(mail.html.includes('href="https://portal.example/requests?a=1&amp;b=%222%22"'));
  assert.ok(mail.text.includes(`Dear ${hostile},`));
  assert.ok(mail.text.includes('<b>1</b>'));
});

test('Persian is right-to-left with a Persian-friendly font; English is left-to-right', () => {
  const fa = renderEmail('fa', { subject: 'آزمون', paragraphs: ['سلام'] });
  assert.match(fa.html, /<html lang="fa" dir="rtl">/);
  assert.match(fa.html, /<table role="presentation" dir="rtl"/);
  assert.match(fa.html, /text-align:right/);
  assert.ok(fa.html.includes(`font-family:Tahoma, 'Vazirmatn', Arial, sans-serif`));
  assert.equal(fa.locale, 'fa');
  assert.match(fa.text, /میخک/, 'the footer names the service');

  const en = renderEmail('en', { subject: 'Test', paragraphs: ['Hello'] });
  assert.match(en.html, /<html lang="en" dir="ltr">/);
  assert.match(en.html, /<table role="presentation" dir="ltr"/);
  assert.match(en.html, /text-align:left/);
  assert.doesNotMatch(en.html, /dir="rtl"/);
  assert.match(en.text, /Mikhak — consular services \(demo\)/);
});

test('a one-time code is in the text on its own line and in the HTML large, spaced and left-to-right', () => {
  const mail = otpEmail('fa', { code: '482913', minutes: 10, serviceName: 'سامانهٔ آزمون' });
  assert.match(mail.text, /^482913$/m);
  assert.match(
    mail.html,
    /<span dir="ltr" style="[^"]*font-size:32px[^"]*letter-spacing:8px[^"]*">482913<\/span>/,
  );
  assert.match(mail.subject, /سامانهٔ آزمون/);
  assert.match(mail.text, /۱۰ دقیقه/, 'numbers in Persian digits in Persian text');
  assert.match(mail.text, /سامانهٔ آزمون/);
});

test('values inside Persian sentences and links are isolated left-to-right', () => {
  const mail = renderEmail('fa', {
    subject: 'وضعیت درخواست',
    paragraphs: [['کد رهگیری ', { ltr: 'ABCD-EFGH-J' }, ' ثبت شد.']],
    action: { label: 'مشاهده', url: 'https://portal.example/r/1' },
  });
  assert.ok(mail.html.includes('کد رهگیری <span dir="ltr">ABCD-EFGH-J</span> ثبت شد.'));
  assert.match(mail.html, /<span dir="ltr"[^>]*><a href="https:\/\/portal.example\/r\/1"/);
  assert.ok(mail.text.includes('کد رهگیری ABCD-EFGH-J ثبت شد.'));
  assert.ok(mail.text.includes('https://portal.example/r/1'));
});

test('a subject is one line, and links other than http(s) are refused', () => {
  const mail = renderEmail('en', { subject: 'Line one\r\nBcc: someone@example.org', paragraphs: [] });
  assert.equal(mail.subject, 'Line one Bcc: someone@example.org');
  assert.throws(
    () =>
      renderEmail('en', { subject: 's', paragraphs: [], action: { label: 'x', url: 'javascript:alert(1)' } }),
    /http\(s\)/,
  );
});
