import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { localBlobStore, newBlobKey } from '../../platform/blobs/index.ts';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, multipartBody, type TestAgent, type TestApp } from '../../test-support/app.ts';
import { registerPending, uploadProfileDocuments } from '../accounts/test-helpers.ts';
import { DEMO_PEOPLE } from '../registry/fixtures.ts';
import {
  documentScanPng,
  encryptedPdf,
  htmlAsJpg,
  hugePng,
  jpegHtmlPolyglot,
  phonePhotoJpeg,
  portraitPhotoJpeg,
  svgFile,
  truncated,
  twoPagePdf,
} from './test-fixtures.ts';

const adults = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 1995);
let next = 0;
const person = () => adults[next++]!;

/** Every file under the blob folder, as stored (ciphertext). */
function storedFiles(dir: string): Buffer[] {
  const out: Buffer[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(readFileSync(path));
    }
  };
  try {
    walk(dir);
  } catch {
    // no folder yet: nothing stored
  }
  return out;
}

describe('applicant documents over HTTP', () => {
  let t: TestApp;
  const blobDir = () => join(t.config.dataDir, 'blobs');
  const count = async (ownerFilter = sql`true`) =>
    Number(
      (
        await t.database.rows<{ n: number }>(
          sql`select count(*)::int as n from documents where ${ownerFilter}`,
        )
      )[0]?.n,
    );

  before(async () => {
    t = await buildTestApp({
      env: {
        IDENTITY_ATTEMPTS_PER_DAY: '1000',
        IDENTITY_ATTEMPTS_PER_IP_PER_DAY: '1000',
        RATE_LIMIT_POST_PER_MINUTE: '10000',
      },
    });
    await seedDemo(t.database.db);
  });
  after(() => t.close());

  async function applicant(): Promise<TestAgent> {
    return registerPending(t, person(), `docs${next}@example.org`);
  }

  test('a rotated phone photo with GPS becomes an upright, small scan without metadata', async () => {
    const agent = await applicant();
    const photo = await phonePhotoJpeg({ width: 4000, height: 3000, orientation: 6, gps: true });
    assert.ok(photo.length > 2_000_000, `the fixture is a real phone-sized photo (${photo.length} bytes)`);
    await agent.get('/account/documents/passport-bio');
    const res = await agent.upload('/account/documents/passport-bio', {
      bytes: photo,
      filename: 'IMG_2041.JPG',
    });
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    assert.equal(res.headers.location, '/account/documents');
    const list = await agent.get('/account/documents');
    assert.match(list.body, /notification-banner--success/);

    const [row] = await t.database.rows<{ id: string; width: number; height: number; bytes: number }>(
      sql`select id, width, height, bytes from documents order by id desc limit 1`,
    );
    assert.ok(row);
    assert.ok(row.height > row.width, 'orientation 6 turned upright: taller than wide');
    assert.ok(Math.max(row.width, row.height) <= 2000);
    assert.ok(row.bytes < 1_000_000, `small (${row.bytes} bytes)`);

    const file = await agent.get(`/documents/${row.id}`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'image/jpeg');
    assert.match(String(file.headers['content-disposition']), /^attachment; filename="passport-bio\.jpg"$/);
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.match(String(file.headers['content-security-policy']), /sandbox/);
    assert.match(String(file.headers['cache-control']), /no-store/);
    const meta = await sharp(file.rawPayload).metadata();
    assert.equal(meta.exif, undefined, 'no EXIF at all');
    assert.equal(meta.orientation, undefined);
    assert.equal(file.rawPayload.indexOf('Exif\0\0'), -1);
    assert.equal(file.rawPayload.indexOf('GPS'), -1);

    const thumb = await agent.get(`/documents/${row.id}/thumbnail`);
    assert.equal(thumb.statusCode, 200);
    assert.match(String(thumb.headers['content-disposition']), /^inline/);
    const tm = await sharp(thumb.rawPayload).metadata();
    assert.ok(Math.max(tm.width ?? 0, tm.height ?? 0) <= 320);
  });

  test('what is stored is ciphertext: no JPEG, PNG or PDF signature in any stored file', async () => {
    const agent = await applicant();
    await agent.get('/account/documents/residence-permit');
    const pdf = await twoPagePdf();
    const res = await agent.upload('/account/documents/residence-permit', {
      bytes: pdf,
      filename: 'permit.pdf',
      contentType: 'application/pdf',
    });
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    const [row] = await t.database.rows<{ pages: number; mime: string }>(
      sql`select pages, mime from documents where kind = 'residence_permit' order by id desc limit 1`,
    );
    assert.equal(row?.pages, 2);
    assert.equal(row?.mime, 'application/pdf');
    const files = storedFiles(blobDir());
    assert.ok(files.length >= 2);
    // Signatures long enough that ciphertext cannot hold them by chance: the PDF's own first 16 bytes, "%PDF-",
    // JPEG's start with its JFIF header, PNG's 8-byte signature.
    const [stored] = await t.database.rows<{ id: string; owner_id: string }>(
      sql`select id, owner_id from documents where kind = 'residence_permit' order by id desc limit 1`,
    );
    const plain = (await t.app.platform.documents.read(stored!.owner_id, stored!.id, 'file'))!.bytes;
    assert.deepEqual(plain, pdf, 'the PDF reads back exactly as sent');
    for (const f of files) {
      assert.equal(f.indexOf(pdf.subarray(0, 16)), -1);
      assert.equal(f.indexOf('%PDF-'), -1);
      assert.equal(f.indexOf(Buffer.from('ffd8ffe000104a464946', 'hex')), -1);
      assert.equal(f.indexOf(Buffer.from('89504e470d0a1a0a', 'hex')), -1);
      assert.notEqual(f.subarray(0, 3).toString('hex'), 'ffd8ff');
    }
  });

  const refusals: {
    name: string;
    slug: string;
    file: () => Promise<{ bytes: Buffer; filename: string; contentType: string }>;
    status: number;
    fa: RegExp;
    en: RegExp;
  }[] = [
    {
      name: 'an HTML page renamed .jpg',
      slug: 'passport-bio',
      file: async () => ({ bytes: htmlAsJpg(), filename: 'passport.jpg', contentType: 'image/jpeg' }),
      status: 422,
      fa: /JPEG، PNG یا PDF نیست/,
      en: /is not a JPEG, PNG or PDF/,
    },
    {
      name: 'an SVG renamed .jpg',
      slug: 'passport-bio',
      file: async () => ({ bytes: svgFile(), filename: 'passport.jpg', contentType: 'image/jpeg' }),
      status: 422,
      fa: /JPEG، PNG یا PDF نیست/,
      en: /is not a JPEG, PNG or PDF/,
    },
    {
      name: 'a JPEG/HTML polyglot',
      slug: 'passport-bio',
      file: async () => ({
        bytes: await jpegHtmlPolyglot(),
        filename: 'scan.jpg',
        contentType: 'image/jpeg',
      }),
      status: 422,
      fa: /کد صفحهٔ وب یا اسکریپت/,
      en: /web page code or scripts/,
    },
    {
      name: 'a 20000×20000 PNG under 1 MB',
      slug: 'passport-bio',
      file: async () => ({ bytes: await hugePng(), filename: 'scan.png', contentType: 'image/png' }),
      status: 422,
      fa: /ابعاد این تصویر بیش از اندازه است/,
      en: /This picture is too big \(40 megapixels at most\)/,
    },
    {
      name: 'a truncated JPEG',
      slug: 'passport-bio',
      file: async () => ({
        bytes: truncated(await phonePhotoJpeg({ width: 1600, height: 1200, gps: false }), 0.6),
        filename: 'scan.jpg',
        contentType: 'image/jpeg',
      }),
      status: 422,
      fa: /ناقص یا خراب/,
      en: /could not be read: it may be incomplete or damaged/,
    },
    {
      name: 'an encrypted PDF',
      slug: 'residence-permit',
      file: async () => ({ bytes: encryptedPdf(), filename: 'permit.pdf', contentType: 'application/pdf' }),
      status: 422,
      fa: /با گذرواژه یا رمزنگاری قفل شده/,
      en: /locked with a password or encryption/,
    },
    {
      name: 'a PDF as the face photo',
      slug: 'photo',
      file: async () => ({ bytes: await twoPagePdf(), filename: 'me.pdf', contentType: 'application/pdf' }),
      status: 422,
      fa: /نه PDF/,
      en: /must be a JPEG or PNG image, not a PDF/,
    },
    {
      name: 'a landscape face photo',
      slug: 'photo',
      file: async () => ({
        bytes: await portraitPhotoJpeg({ width: 800, height: 600 }),
        filename: 'me.jpg',
        contentType: 'image/jpeg',
      }),
      status: 422,
      fa: /ایستاده باشد/,
      en: /taller than it is wide/,
    },
    {
      name: 'an empty file',
      slug: 'passport-bio',
      file: async () => ({ bytes: Buffer.alloc(0), filename: 'empty.jpg', contentType: 'image/jpeg' }),
      status: 422,
      fa: /خالی است/,
      en: /is empty/,
    },
  ];

  for (const r of refusals) {
    test(`refused with its own message, in both languages, leaving nothing stored: ${r.name}`, async () => {
      const agent = await applicant();
      const before = { rows: await count(), files: storedFiles(blobDir()).length };
      for (const [language, pattern] of [
        ['fa', r.fa],
        ['en', r.en],
      ] as const) {
        const page = await agent.get(`/account/documents/${r.slug}`);
        if (language === 'en') {
          await agent.post('/language', { lang: 'en', next: `/account/documents/${r.slug}` });
          await agent.get(`/account/documents/${r.slug}`);
        } else assert.equal(page.statusCode, 200);
        const res = await agent.upload(`/account/documents/${r.slug}`, await r.file());
        assert.equal(res.statusCode, r.status, res.body.slice(0, 300));
        assert.match(res.body, pattern);
        assert.match(res.body, /class="error-summary"/);
        assert.match(res.body, /href="#f-file"/);
      }
      assert.equal(await count(), before.rows, 'no row');
      assert.equal(storedFiles(blobDir()).length, before.files, 'no stored file');
    });
  }

  test('no file chosen, and a form without its CSRF token', async () => {
    const agent = await applicant();
    await agent.get('/account/documents/passport-bio');
    const none = await agent.upload('/account/documents/passport-bio', {
      bytes: Buffer.alloc(0),
      filename: '',
      contentType: 'application/octet-stream',
    });
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /فایلی برای بارگذاری انتخاب کنید/);
    const before = await count();
    const forged = await agent.upload(
      '/account/documents/passport-bio',
      { bytes: await documentScanPng(), filename: 'scan.png', contentType: 'image/png' },
      { csrf: false },
    );
    assert.equal(forged.statusCode, 403);
    const wrong = await agent.upload(
      '/account/documents/passport-bio',
      { bytes: await documentScanPng(), filename: 'scan.png', contentType: 'image/png' },
      { csrf: 'not-the-token' },
    );
    assert.equal(wrong.statusCode, 403);
    assert.equal(await count(), before);
  });

  test('an upload cut off mid-stream is refused as interrupted and nothing of it is kept', async () => {
    const agent = await applicant();
    await agent.get('/account/documents/passport-bio');
    const before = { rows: await count(), files: storedFiles(blobDir()).length };
    const whole = multipartBody(
      { _csrf: agent.csrfToken! },
      { bytes: await documentScanPng(), filename: 'scan.png', contentType: 'image/png' },
    );
    const cut = whole.payload.subarray(0, Math.floor(whole.payload.length * 0.7));
    const res = await agent.request({
      method: 'POST',
      url: '/account/documents/passport-bio',
      payload: cut,
      headers: { ...whole.headers, origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' },
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /بارگذاری کامل نشد/);
    assert.equal(await count(), before.rows);
    assert.equal(storedFiles(blobDir()).length, before.files);
  });

  test("another applicant's document answers 404, and so does a signed-out visitor's request", async () => {
    const owner = await applicant();
    await uploadProfileDocuments(owner, ['passport_bio']);
    const [row] = await t.database.rows<{ id: string }>(
      sql`select id from documents order by id desc limit 1`,
    );
    assert.equal((await owner.get(`/documents/${row!.id}`)).statusCode, 200);
    const other = await applicant();
    assert.equal((await other.get(`/documents/${row!.id}`)).statusCode, 404);
    assert.equal((await other.get(`/documents/${row!.id}/thumbnail`)).statusCode, 404);
    assert.equal((await other.get('/documents/00000000-0000-7000-8000-000000000000')).statusCode, 404);
    assert.equal((await other.get('/documents/../../etc/passwd')).statusCode, 404);
    const anonymous = t.agent();
    const res = await anonymous.get(`/documents/${row!.id}`);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/sign-in');
    // No static path serves the stored files.
    assert.equal((await owner.get('/assets/../data/blobs')).statusCode, 404);
  });

  test('replace and delete before submission leave nothing of the old file', async () => {
    const agent = await applicant();
    await uploadProfileDocuments(agent, ['national_card_front']);
    const owner = sql`owner_id = (select owner_id from documents order by id desc limit 1)`;
    const files1 = storedFiles(blobDir()).length;
    await uploadProfileDocuments(agent, ['national_card_front']);
    assert.equal(
      await count(sql`${owner} and kind = 'national_card_front'`),
      1,
      'one row: the old one deleted',
    );
    assert.equal(storedFiles(blobDir()).length, files1, 'the old file and thumbnail deleted');
    await agent.get('/account/documents/national-card-front');
    const del = await agent.post('/account/documents/national-card-front/delete');
    assert.equal(del.statusCode, 303);
    const page = await agent.get('/account/documents');
    assert.match(page.body, /حذف شد/);
    assert.equal(storedFiles(blobDir()).length, files1 - 2);
  });

  test('once a submitted request holds a document, replacing it keeps the old version and deleting is refused', async () => {
    const agent = await applicant();
    await uploadProfileDocuments(agent, ['passport_exit_stamp']);
    const [first] = await t.database.rows<{ id: string; owner_id: string }>(
      sql`select id, owner_id from documents order by id desc limit 1`,
    );
    await t.database.db.transaction((tx) => t.app.platform.documents.lock(tx, [first!.id]));
    await agent.get('/account/documents/passport-exit-stamp');
    const del = await agent.post('/account/documents/passport-exit-stamp/delete');
    assert.equal(del.headers.location, '/account/documents/passport-exit-stamp');
    const page = await agent.get('/account/documents/passport-exit-stamp');
    assert.match(page.body, /حذف نمی‌شود/);
    assert.doesNotMatch(page.body, /\/delete"/, 'no delete button for a kept file');

    await uploadProfileDocuments(agent, ['passport_exit_stamp']);
    const versions = await t.database.rows<{
      id: string;
      version_of: string | null;
      superseded_at: Date | null;
    }>(
      sql`select id, version_of, superseded_at from documents where owner_id = ${first!.owner_id} and kind = 'passport_exit_stamp' order by id`,
    );
    assert.equal(versions.length, 2);
    assert.ok(versions[0]!.superseded_at, 'the old version is kept, superseded');
    assert.equal(versions[1]!.version_of, first!.id);
    // The old version's bytes are still readable (an officer may have reviewed it).
    const old = await t.app.platform.documents.read(first!.owner_id, first!.id, 'file');
    assert.ok(old && old.bytes.length > 0);
  });

  test('quota: past the limit on files, the upload is refused with the limit named', async () => {
    const small = await buildTestApp({
      env: { DOCUMENT_QUOTA_FILES: '2', IDENTITY_ATTEMPTS_PER_DAY: '1000' },
    });
    try {
      await seedDemo(small.database.db);
      const agent = await registerPending(small, adults[adults.length - 1]!, 'quota@example.org');
      await uploadProfileDocuments(agent, ['passport_bio', 'passport_exit_stamp']);
      await agent.get('/account/documents/residence-permit');
      const res = await agent.upload('/account/documents/residence-permit', {
        bytes: await documentScanPng(),
        filename: 'scan.png',
        contentType: 'image/png',
      });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /به سقف فایل‌های بارگذاری‌شده رسیده‌اید \(۲ فایل/);
      // Replacing one of the two is still possible.
      await uploadProfileDocuments(agent, ['passport_bio']);
    } finally {
      await small.close();
    }
  });

  test('orphaned blobs (stored, never committed) are swept after an hour; referenced and fresh ones stay', async () => {
    const agent = await applicant();
    await uploadProfileDocuments(agent, ['national_card_back']);
    const raw = localBlobStore(blobDir());
    const old = newBlobKey(new Date(t.clock.now().getTime() - 2 * 3600_000));
    const fresh = newBlobKey(t.clock.now());
    await raw.put(old, Buffer.from('left by a killed process'));
    await raw.put(fresh, Buffer.from('an upload still in flight'));
    const before = storedFiles(blobDir()).length;
    assert.equal(await t.app.platform.documents.sweepOrphans(), 1);
    assert.equal(await raw.get(old), undefined);
    assert.ok(await raw.get(fresh));
    assert.equal(storedFiles(blobDir()).length, before - 1, 'every referenced file is still there');
    await raw.delete(fresh);
  });

  test('the pages: list, kind page with rules and example, without JavaScript-only parts', async () => {
    const agent = await applicant();
    const list = await agent.get('/account/documents');
    assert.equal(list.statusCode, 200);
    for (const slug of [
      'passport-bio',
      'passport-exit-stamp',
      'residence-permit',
      'national-card-front',
      'national-card-back',
      'photo',
    ]) {
      assert.match(list.body, new RegExp(`href="/account/documents/${slug}"`));
    }
    const kind = await agent.get('/account/documents/photo');
    assert.equal(kind.statusCode, 200);
    assert.match(kind.body, /enctype="multipart\/form-data"/);
    assert.match(
      kind.body,
      /<input[^>]*type="file"[^>]*accept="image\/jpeg,image\/png"|accept="image\/jpeg,image\/png"[^>]*type="file"/,
    );
    assert.match(kind.body, /example-photo\.svg/);
    assert.match(kind.body, /۵ مگابایت/);
    assert.equal((await agent.get('/account/documents/not-a-kind')).statusCode, 404);
    assert.equal((await agent.get('/account/documents/passport_bio')).statusCode, 404);
  });
});
