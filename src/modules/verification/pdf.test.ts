import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { loadConfig } from '../../config.ts';
import { needTool } from '../../test-support/tools.ts';
import { composePoaText } from '../requests/poa/compose.ts';
import { POA_TEMPLATES } from '../requests/poa/templates.ts';
import type { IssuedContent } from './content.ts';
import { DOCUMENT_LAYOUT, renderDocumentPdf } from './pdf.ts';
import { sheetOf } from './sheet.ts';
import { contentDigest, keyRing, signPayload } from './signing.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../../screenshots');
const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://mikhak.example' });

const principal = {
  firstName: 'مریم',
  lastName: 'احمدی',
  fatherName: 'محمود',
  nationalCode: '0012345679',
  birthDate: '1985-07-03',
};
const agents = [
  {
    firstName: 'علی',
    lastName: 'رضایی',
    fatherName: 'حسن',
    nationalCode: '0007806140',
    birthDate: '1980-04-04',
  },
  {
    firstName: 'زهرا',
    lastName: 'حسینی',
    fatherName: 'علی',
    nationalCode: '0008807086',
    birthDate: '1983-11-20',
  },
];
const banking = POA_TEMPLATES.banking;
const poaText = composePoaText(
  {
    poaType: 'banking',
    subject: 'ادارهٔ حساب‌های بانکی موکل نزد بانک ملی ایران، شعبهٔ میدان ونک تهران',
    agentCount: '2',
    agentsActing: 'severally',
    ...Object.fromEntries(
      agents.flatMap((p, i) => [
        [`agent${i + 1}FirstName`, p.firstName],
        [`agent${i + 1}LastName`, p.lastName],
        [`agent${i + 1}FatherName`, p.fatherName],
        [`agent${i + 1}NationalCode`, p.nationalCode],
        [`agent${i + 1}BirthDate`, p.birthDate],
        [`agent${i + 1}Address`, 'تهران، خیابان شریعتی، پلاک 12'],
        [`agent${i + 1}Phone`, '+989121234567'],
      ]),
    ),
    [banking.powersField]: Object.keys(banking.powers),
    delegation: 'no',
    duration: 'fixed',
    durationMonths: '12',
  },
  principal,
);

const POA: IssuedContent = {
  v: 1,
  number: 'LON-2026-000123',
  title: { fa: 'وکالتنامه', en: 'Power of attorney' },
  service: { id: 'power-of-attorney', name: { fa: 'تنظیم وکالتنامه', en: 'Power of attorney' } },
  consulate: {
    code: 'london',
    name: { fa: 'بخش کنسولی سفارت — لندن', en: 'Consular section of the Embassy — London' },
  },
  parties: [{ role: 'principal', ...principal }, ...agents.map((p) => ({ role: 'agent' as const, ...p }))],
  text: { fa: poaText },
  details: [],
};

const CERTIFICATE: IssuedContent = {
  ...POA,
  number: 'LON-2026-000124',
  title: { fa: 'تأیید مدارک تحصیلی', en: 'Confirm an academic certificate' },
  service: {
    id: 'academic-document-confirmation',
    name: { fa: 'تأیید مدارک تحصیلی', en: 'Confirm an academic certificate' },
  },
  parties: [{ role: 'applicant', ...principal }],
  text: {
    fa: 'بدین‌وسیله گواهی می‌شود که مریم احمدی فرزند محمود به شمارهٔ ملی ۰۰۱۲۳۴۵۶۷۹ درخواست «تأیید مدارک تحصیلی» را به بخش کنسولی سفارت — لندن ارائه کرده است و این درخواست پس از بررسی مدارک، در تاریخ صدور این سند تأیید شد.',
    en: 'This is to certify that Maryam Ahmadi, child of Mahmoud, national code 0012345679, applied to the Consular section of the Embassy — London for “Confirm an academic certificate”, and that the application was examined and approved on the date of issue of this document.',
  },
  details: [
    {
      label: { fa: 'نوع مدرک', en: 'Document' },
      value: { fa: 'دانشنامهٔ کارشناسی ارشد', en: "Master's degree" },
    },
    { label: { fa: 'تاریخ صدور مدرک', en: 'Issued' }, value: { fa: '۲۵ تیر ۱۴۰۴', en: '16 July 2025' } },
  ],
};

const ring = keyRing({ privateKey: generateKeyPairSync('ed25519').privateKey, kid: 'mk-test' });

function sheet(content: IssuedContent, locale: 'fa' | 'en') {
  const { payload } = signPayload(
    { n: content.number, c: 'london', s: content.service.id, i: '2026-03-01', h: contentDigest('x').b64url },
    ring,
  );
  return sheetOf(config, locale, {
    content,
    code: 'K7PM4QX9T2',
    issuedAt: new Date('2026-03-01T10:00:00Z'),
    timeZone: 'Europe/London',
    approvedBy: 'بهرام کریمی',
    keyId: 'mk-test',
    payload,
  });
}

describe('issued document PDF: the file', () => {
  for (const locale of ['fa', 'en'] as const) {
    test(`${locale}: valid A4 pages, fonts embedded`, async () => {
      const bytes = await renderDocumentPdf(sheet(POA, locale));
      assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
      const pdf = await PDFDocument.load(bytes);
      assert.ok(pdf.getPageCount() >= 1);
      for (const page of pdf.getPages()) {
        const { width, height } = page.getSize();
        assert.ok(Math.abs(width - 595.28) < 0.5 && Math.abs(height - 841.89) < 0.5);
      }
    });
  }

  test('a long text flows onto further pages', async () => {
    const long = { ...POA, text: { fa: Array.from({ length: 8 }, () => poaText).join('\n') } };
    const pdf = await PDFDocument.load(await renderDocumentPdf(sheet(long, 'fa')));
    assert.ok(pdf.getPageCount() >= 3, `pages: ${pdf.getPageCount()}`);
  });
});

describe('issued document PDF: the rendered pages', () => {
  const tool = needTool(
    'pdftoppm',
    !spawnSync('pdftoppm', ['-v']).error,
    "install Debian's poppler-utils (apt-get install poppler-utils)",
  );
  const DPI = 150;
  const px = (pt: number) => Math.round((pt * DPI) / 72);

  function rasterize(pdf: Buffer): Buffer[] {
    const dir = mkdtempSync(join(tmpdir(), 'mikhak-issued-'));
    try {
      writeFileSync(join(dir, 'in.pdf'), pdf);
      execFileSync('pdftoppm', ['-r', String(DPI), '-png', join(dir, 'in.pdf'), join(dir, 'page')]);
      return readdirSync(dir)
        .filter((f) => f.startsWith('page'))
        .sort()
        .map((f) => readFileSync(join(dir, f)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async function inkBounds(png: Buffer, top: number, bottom: number) {
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    let left = info.width;
    let right = -1;
    for (let y = top; y < bottom; y++) {
      for (let x = 0; x < info.width; x++) {
        if (data[y * info.width + x]! < 140) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    return { left, right, width: info.width };
  }

  for (const [name, content, locale] of [
    ['poa-fa', POA, 'fa'],
    ['poa-en', POA, 'en'],
    ['certificate-fa', CERTIFICATE, 'fa'],
    ['certificate-en', CERTIFICATE, 'en'],
  ] as const) {
    test(`${name}: pages rendered, the QR code reads back as the verification URL`, tool, async () => {
      const s = sheet(content, locale);
      const pages = rasterize(await renderDocumentPdf(s));
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const [i, png] of pages.entries())
        writeFileSync(join(SCREENSHOTS, `issued-${name}-${i + 1}.png`), png);
      const first = pages[0]!;
      const rgba = await sharp(first).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const qr = jsQR.default(new Uint8ClampedArray(rgba.data), rgba.info.width, rgba.info.height);
      assert.equal(qr?.data, s.qrPayload);
      assert.match(s.qrPayload, /^https:\/\/mikhak\.example\/verify\?d=MK1\./);
      // The QR code sits on the page's end side: the left in Persian, the right in English.
      const meta = await inkBounds(first, px(DOCUMENT_LAYOUT.meta.top), px(DOCUMENT_LAYOUT.meta.top + 150));
      const margin = px(DOCUMENT_LAYOUT.margin);
      if (locale === 'fa') assert.ok(Math.abs(meta.left - margin) < px(20), `QR at the left: ${meta.left}`);
      else assert.ok(Math.abs(meta.right - (meta.width - margin)) < px(20), `QR at the right: ${meta.right}`);
    });
  }
});
