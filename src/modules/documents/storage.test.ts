import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestApp } from '../../test-support/app.ts';
import { eicar, needClamd, startClamd, type TestClamd } from '../../test-support/clamd.ts';
import { startS3 } from '../../test-support/s3.ts';
import { registerPending, uploadProfileDocuments } from '../accounts/test-helpers.ts';
import { DEMO_PEOPLE } from '../registry/fixtures.ts';
import { documentScanPng, twoPagePdf } from './test-fixtures.ts';

const adults = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 1995);
const MB = 1024 * 1024;

/** A PDF that parses, with the EICAR test string in a comment line after its header. */
async function pdfWithEicar(): Promise<Buffer> {
  const pdf = await twoPagePdf();
  const headerEnd = pdf.indexOf('\n') + 1;
  return Buffer.concat([
    pdf.subarray(0, headerEnd),
    Buffer.from('%'),
    eicar(),
    Buffer.from('\n'),
    pdf.subarray(headerEnd),
  ]);
}

const rowCount = async (t: TestApp) =>
  Number((await t.database.rows<{ n: number }>(sql`select count(*)::int as n from documents`))[0]?.n);

describe('an oversized upload is refused while it streams', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ env: { IDENTITY_ATTEMPTS_PER_DAY: '1000' } });
    await seedDemo(t.database.db);
  });
  after(() => t.close());

  test('64 MB sent to a 10 MB limit: 413 before the body ends, without holding it in memory', async () => {
    const agent = await registerPending(t, adults[0]!, 'stream@example.org');
    await agent.get('/account/documents/passport-bio');
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    const boundary = '----mikhakstream';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${agent.csrfToken}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const total = 64 * MB;
    const chunk = randomBytes(256 * 1024);
    const baseline = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.heapUsed + m.arrayBuffers - (baseline.heapUsed + baseline.arrayBuffers));
    }, 5);
    let sent = 0;
    const outcome = await new Promise<{ status: number; body: string; sentWhenAnswered: number }>(
      (resolve, reject) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/account/documents/passport-bio',
          headers: {
            host: 'localhost:80',
            origin: 'http://localhost:80',
            'sec-fetch-site': 'same-origin',
            cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(head.length + total + `\r\n--${boundary}--\r\n`.length),
          },
        });
        let answered = false;
        req.on('response', (res) => {
          answered = true;
          const sentWhenAnswered = sent;
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d) => {
            body += d;
          });
          res.on('end', () => {
            // Stop sending: the answer is in.
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body, sentWhenAnswered });
          });
        });
        // The server closing the connection mid-body is expected once it has answered.
        req.on('error', (err) => {
          if (!answered) reject(err);
        });
        req.write(head);
        const pump = () => {
          while (!answered && sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!answered) req.end(`\r\n--${boundary}--\r\n`);
        };
        pump();
      },
    );
    clearInterval(sampler);
    assert.equal(outcome.status, 413);
    assert.match(outcome.body, /بزرگ‌تر از ۱۰ مگابایت/);
    assert.ok(
      outcome.sentWhenAnswered < total,
      `answered after ${outcome.sentWhenAnswered} of ${total} bytes`,
    );
    assert.ok(peak < 40 * MB, `memory grew by ${Math.round(peak / MB)} MB while 64 MB streamed in`);
    assert.equal(await rowCount(t), 0);
  });
});

describe('malware scanning with a real clamd', { skip: needClamd().skip }, () => {
  let clamd: TestClamd;
  let t: TestApp;
  const keys = {
    SECRET_KEY: randomBytes(32).toString('base64'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  before(async () => {
    clamd = await startClamd();
    t = await buildTestApp({
      env: { CLAMD_SOCKET: clamd.socket, IDENTITY_ATTEMPTS_PER_DAY: '1000', ...keys },
    });
    await seedDemo(t.database.db);
  });
  after(async () => {
    await t?.close();
    await clamd?.stop();
  });

  test('a clean file is scanned during the upload, becomes readable, and its scan copy is deleted', async () => {
    const agent = await registerPending(t, adults[1]!, 'clean-scan@example.org');
    await uploadProfileDocuments(agent, ['passport_bio']);
    const [row] = await t.database.rows<{ id: string; scan_state: string; scan_key: string | null }>(
      sql`select id, scan_state, scan_key from documents order by id desc limit 1`,
    );
    assert.equal(row?.scan_state, 'clean');
    assert.equal(row?.scan_key, null);
    assert.equal((await agent.get(`/documents/${row!.id}`)).statusCode, 200);
    const list = await agent.get('/account/documents');
    assert.match(list.body, /فایل را بررسی کردیم و نگه داشتیم/);
  });

  test('EICAR inside a valid PDF: refused as infected, nothing kept, the finding audited', async () => {
    const agent = await registerPending(t, adults[2]!, 'eicar@example.org');
    const before = await rowCount(t);
    await agent.get('/account/documents/residence-permit');
    const res = await agent.upload('/account/documents/residence-permit', {
      bytes: await pdfWithEicar(),
      filename: 'permit.pdf',
      contentType: 'application/pdf',
    });
    assert.equal(res.statusCode, 422, res.body.slice(0, 300));
    assert.match(res.body, /بررسی ویروس در این فایل تهدیدی یافت/);
    assert.equal(await rowCount(t), before);
    const [audit] = await t.database.rows<{ details: { signature: string } }>(
      sql`select details from audit_log where action = 'document.infected' order by id desc limit 1`,
    );
    assert.match(audit!.details.signature, /Mikhak\.Test\.EICAR/);
  });

  test('scanner down: the file stays pending and unreadable, and is released once the scanner answers clean', async () => {
    const down = await buildTestApp({
      database: t.database,
      env: {
        CLAMD_SOCKET: '/nonexistent/clamd.sock',
        IDENTITY_ATTEMPTS_PER_DAY: '1000',
        ...keys,
        DATA_DIR: t.config.dataDir,
      },
    });
    try {
      const agent = await registerPending(down, adults[3]!, 'pending-scan@example.org');
      await uploadProfileDocuments(agent, ['passport_bio']);
      const [row] = await t.database.rows<{ id: string; owner_id: string; scan_state: string }>(
        sql`select id, owner_id, scan_state from documents order by id desc limit 1`,
      );
      assert.equal(row?.scan_state, 'pending');
      const list = await agent.get('/account/documents');
      assert.match(list.body, /در حال بررسی امنیتی/);
      assert.equal((await agent.get(`/documents/${row!.id}`)).statusCode, 404, 'nobody reads a pending file');
      assert.equal((await agent.get(`/documents/${row!.id}/thumbnail`)).statusCode, 404);
      assert.equal(await down.app.platform.documents.profileComplete(row!.owner_id), false);

      // The retry waits for its time; the app with a working scanner then takes it from the queue.
      assert.equal(await t.app.platform.documents.scanDue(), 0, 'not due yet');
      t.clock.advance(60_000);
      assert.equal(await t.app.platform.documents.scanDue(), 1);
      const [after] = await t.database.rows<{ scan_state: string }>(
        sql`select scan_state from documents where id = ${row!.id}`,
      );
      assert.equal(after?.scan_state, 'clean');
      assert.equal((await agent.get(`/documents/${row!.id}`)).statusCode, 200);
    } finally {
      await down.close();
    }
  });
});

describe('the S3 blob store behind the whole upload path', () => {
  test('upload, read back and delete through an S3-compatible server; objects are ciphertext', async (ctx) => {
    const s3 = await startS3(ctx);
    const t = await buildTestApp({
      t: ctx,
      env: {
        BLOB_STORE: 's3',
        S3_BUCKET: s3.config.bucket,
        S3_ENDPOINT: s3.config.endpoint!,
        S3_FORCE_PATH_STYLE: '1',
        S3_ACCESS_KEY_ID: s3.config.credentials!.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.config.credentials!.secretAccessKey,
        S3_PREFIX: 'documents/',
        IDENTITY_ATTEMPTS_PER_DAY: '1000',
      },
    });
    await seedDemo(t.database.db);
    const agent = await registerPending(t, adults[4]!, 's3@example.org');
    const scan = await documentScanPng({ width: 1200, height: 800 });
    await agent.get('/account/documents/passport-bio');
    const res = await agent.upload('/account/documents/passport-bio', {
      bytes: scan,
      filename: 'scan.png',
      contentType: 'image/png',
    });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const [row] = await t.database.rows<{ id: string; blob_key: string }>(
      sql`select id, blob_key from documents order by id desc limit 1`,
    );
    const file = await agent.get(`/documents/${row!.id}`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.rawPayload.subarray(0, 3).toString('hex'), 'ffd8ff');
    const { s3BlobStore } = await import('../../platform/blobs/index.ts');
    const raw = s3BlobStore({ ...s3.config, prefix: 'documents/' });
    const stored = await raw.get(row!.blob_key);
    assert.ok(stored && stored.length > 0);
    assert.equal(stored.indexOf(Buffer.from('ffd8ffe000104a464946', 'hex')), -1);
    await agent.get('/account/documents/passport-bio');
    await agent.post('/account/documents/passport-bio/delete');
    assert.equal(await raw.get(row!.blob_key), undefined, 'deleted from the bucket');
    raw.close();
  });
});
