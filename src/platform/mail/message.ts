import { dirOf, type Locale, translator } from '../i18n/index.ts';

/** One email, ready to send: what the outbox stores (encrypted) and what a transport delivers. */
export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: Locale;
  /** Small generated files (an appointment's `.ics`): our own text, never something a person uploaded. */
  attachments?: EmailAttachment[];
};
export type EmailAttachment = { filename: string; contentType: string; content: string };
export type RenderedEmail = Omit<EmailMessage, 'to'>;

/** A run of a paragraph: plain text, or a value kept left-to-right inside Persian (code, address, number). */
export type Inline = string | { ltr: string };
export type Paragraph = string | readonly Inline[];

export type EmailContent = {
  subject: string;
  /** Already translated, e.g. `t('mail.greeting', {name})`; the name is escaped like every value. */
  greeting?: string;
  /** Before the code and the button. */
  paragraphs: readonly Paragraph[];
  /** A one-time code, shown large and letter-spaced. */
  code?: string;
  /** The main link, shown as a button with the address written out below it. Must be http(s). */
  action?: { label: string; url: string };
  /** After the code and the button, in a quieter size (validity, "if this was not you"). */
  notes?: readonly Paragraph[];
  /** An extra footer line, above the service line. */
  footer?: string;
  /** The service name of the deployment (config.branding.serviceName[locale]); the demo name by default. */
  serviceName?: string;
};

/**
 * Renders an email as plain text and as HTML. The HTML is a single-column table layout with inline styles (what
 * mail clients understand), mirrored for Persian, with every value escaped and codes and links isolated
 * left-to-right so digits and Latin do not reorder inside Persian text.
 */
export function renderEmail(locale: Locale, content: EmailContent): RenderedEmail {
  const t = translator(locale);
  const subject = oneLine(content.subject);
  const service = content.serviceName ?? t('mail.serviceName');
  const action = content.action && { label: content.action.label, url: safeUrl(content.action.url) };
  const notes = content.notes ?? [];
  const footerLines = [content.footer, t('mail.footer.automatic', { service })].filter(
    (line): line is string => !!line,
  );
  return {
    subject,
    locale,
    text: renderText(t('mail.code.label'), { ...content, action, notes }, footerLines),
    html: renderHtml(locale, service, subject, t('mail.code.label'), t('mail.action.fallback'), {
      ...content,
      action,
      notes,
      footerLines,
    }),
  };
}

type Resolved = EmailContent & { action: EmailContent['action']; notes: readonly Paragraph[] };

function renderText(codeLabel: string, c: Resolved, footerLines: string[]): string {
  const blocks: string[] = [];
  if (c.greeting) blocks.push(c.greeting);
  for (const p of c.paragraphs) blocks.push(plain(p));
  // The code on a line of its own: a reader copies it without surrounding words or direction marks.
  if (c.code) blocks.push(`${codeLabel}\n${c.code}`);
  if (c.action) blocks.push(`${c.action.label}:\n${c.action.url}`);
  for (const p of c.notes) blocks.push(plain(p));
  blocks.push(`--\n${footerLines.join('\n')}`);
  return `${blocks.join('\n\n')}\n`;
}

function plain(p: Paragraph): string {
  return typeof p === 'string' ? p : p.map((run) => (typeof run === 'string' ? run : run.ltr)).join('');
}

const FONT = `Tahoma, 'Vazirmatn', Arial, sans-serif`;
const MONO = `Consolas, Menlo, 'Courier New', monospace`;

function renderHtml(
  locale: Locale,
  service: string,
  subject: string,
  codeLabel: string,
  fallback: string,
  c: Resolved & { footerLines: string[] },
): string {
  const dir = dirOf(locale);
  const align = dir === 'rtl' ? 'right' : 'left';
  const p = (para: Paragraph, style = 'margin:0 0 16px') =>
    html`<p style="${raw(style)}">${inline(para)}</p>`;
  const body = html`<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${subject}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f2f1">
<table role="presentation" dir="${dir}" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f2f1">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" dir="${dir}" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-top:6px solid #0b5e55;font-family:${raw(FONT)};font-size:16px;line-height:1.8;color:#0b0c0c;text-align:${align}">
<tr><td style="padding:20px 28px 0;font-size:15px;font-weight:bold;color:#0b5e55">${service}</td></tr>
<tr><td style="padding:12px 28px 8px">
<h1 style="margin:0 0 20px;font-size:22px;line-height:1.5;font-weight:bold">${subject}</h1>
${c.greeting ? p(c.greeting) : ''}
${c.paragraphs.map((para) => p(para))}
${c.code ? codeBlock(codeLabel, c.code) : ''}
${c.action ? actionBlock(c.action, fallback) : ''}
${c.notes.map((para) => p(para, 'margin:0 0 12px;font-size:14px;color:#505a5f'))}
</td></tr>
<tr><td style="padding:16px 28px 24px;border-top:1px solid #b1b4b6;font-size:13px;line-height:1.7;color:#505a5f">
${c.footerLines.map((line) => html`<p style="margin:0 0 4px">${line}</p>`)}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return body.value;
}

function codeBlock(label: string, code: string): Html {
  return html`<p style="margin:8px 0 4px">${label}</p>
<p style="margin:0 0 24px"><span dir="ltr" style="display:inline-block;padding:10px 18px;background-color:#f3f2f1;border:1px solid #b1b4b6;font-family:${raw(MONO)};font-size:32px;line-height:1.3;font-weight:bold;letter-spacing:8px;color:#0b0c0c">${code}</span></p>`;
}

function actionBlock(action: { label: string; url: string }, fallback: string): Html {
  return html`<p style="margin:8px 0 24px"><a href="${action.url}" style="display:inline-block;padding:10px 20px;background-color:#00703c;color:#ffffff;font-weight:bold;text-decoration:none;border-bottom:2px solid #002d18">${action.label}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#505a5f">${fallback}<br><span dir="ltr" style="word-break:break-all"><a href="${action.url}" style="color:#1d70b8">${action.url}</a></span></p>`;
}

function inline(para: Paragraph): Html | string {
  if (typeof para === 'string') return para;
  return html`${para.map((run) => (typeof run === 'string' ? run : html`<span dir="ltr">${run.ltr}</span>`))}`;
}

/** A subject is one header line: no line breaks or control characters reach it. */
function oneLine(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return value.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
}

/** Only web links: a `javascript:` or `data:` URL in a button is a bug (or an attack), not a message. */
function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Email links must be http(s), got ${parsed.protocol}`);
  }
  return parsed.href;
}

// --- escaping: every interpolated value is text unless it is already Html ---

class Html {
  constructor(readonly value: string) {}
}

function raw(value: string): Html {
  return new Html(value);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += part(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

function part(value: Part): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}
