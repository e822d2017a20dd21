import assert from 'node:assert/strict';
import type { TestAgent, TestApp } from '../../test-support/app.ts';
import type { Field } from '../catalog/definition.ts';
import { documentScanPng, portraitPhotoJpeg } from '../documents/test-fixtures.ts';

/** A valid answer for a field, as a form posts it (dates as day/month/year parts). */
export function validAnswer(
  field: Field,
  overrides: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  if (field.id in overrides) {
    const v = overrides[field.id]!;
    if (field.type === 'date' && typeof v === 'string') {
      const [y, m, d] = v.split('-');
      return { [`${field.id}-day`]: d!, [`${field.id}-month`]: m!, [`${field.id}-year`]: y! };
    }
    return { [field.id]: v };
  }
  switch (field.type) {
    case 'text':
      return { [field.id]: field.multiline ? 'متن نمونه برای این پرسش.' : 'نمونه' };
    case 'number':
      return { [field.id]: String(field.min ?? 1) };
    case 'date':
      return field.when === 'future'
        ? { [`${field.id}-day`]: '15', [`${field.id}-month`]: '6', [`${field.id}-year`]: '2027' }
        : { [`${field.id}-day`]: '15', [`${field.id}-month`]: '1', [`${field.id}-year`]: '2000' };
    case 'choice':
      return { [field.id]: field.options[0]!.value };
    case 'checkboxes':
      return { [field.id]: [field.options[0]!.value] };
    case 'nationalCode':
      return { [field.id]: '0007806140' };
    case 'phone':
      return { [field.id]: '+44 20 7946 0958' };
    case 'email':
      return { [field.id]: 'someone@example.org' };
    case 'country':
      return { [field.id]: 'GB' };
  }
}

/**
 * Starts a request for a service and answers every page it shows with valid answers (overrides by field id),
 * uploading every document it asks for. Returns the request's id, ready for the check page.
 */
export async function fillRequest(
  t: TestApp,
  agent: TestAgent,
  serviceId: string,
  overrides: Record<string, string | string[]> = {},
): Promise<string> {
  await agent.get(`/services/${serviceId}`);
  const started = await agent.post(`/services/${serviceId}/start`);
  assert.equal(started.statusCode, 303, started.body.slice(0, 300));
  let location = String(started.headers.location);
  const id = location.split('/')[2]!;
  const service = t.app.platform.requests.services.find(serviceId)!;
  for (let step = 0; step < 40 && location.includes('/pages/'); step++) {
    const pageId = location.split('/pages/')[1]!.split('?')[0]!;
    const page = service.pages.find((p) => p.id === pageId)!;
    await agent.get(location);
    const form: Record<string, string | string[]> = {};
    for (const field of page.fields) Object.assign(form, validAnswer(field, overrides));
    const res = await agent.post(location, form);
    assert.equal(res.statusCode, 303, `${serviceId} page ${pageId}: ${res.body.slice(0, 2000)}`);
    location = String(res.headers.location);
  }
  if (location.endsWith('/text')) {
    // The composed legal text, reviewed and sent back as it is.
    const page = await agent.get(location);
    const html = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(page.body)?.[1] ?? '';
    const text = html
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    const res = await agent.post(location, { text });
    assert.equal(res.statusCode, 303, `text: ${res.body.slice(0, 2000)}`);
    location = String(res.headers.location);
  }
  if (location.endsWith('/documents')) {
    const r = (await t.app.platform.requests.owned((await ownerOf(t, id))!, id))!;
    const scan = await documentScanPng({ width: 1000, height: 700 });
    const photo = await portraitPhotoJpeg({ width: 450, height: 600 });
    for (const need of t.app.platform.requests.shownDocuments(r.service, r.answers)) {
      await agent.get(`/requests/${id}/documents/${need.kind}`);
      const up = await agent.upload(
        `/requests/${id}/documents/${need.kind}`,
        need.photo
          ? { bytes: photo, filename: 'photo.jpg' }
          : { bytes: scan, filename: 'scan.png', contentType: 'image/png' },
      );
      assert.equal(up.statusCode, 303, `${need.kind}: ${up.body.slice(0, 300)}`);
    }
    location = `/requests/${id}/check`;
  }
  assert.equal(location, `/requests/${id}/check`);
  return id;
}

async function ownerOf(t: TestApp, requestId: string): Promise<string | undefined> {
  const { sql } = await import('drizzle-orm');
  const [row] = await t.database.rows<{ applicant_id: string }>(
    sql`select applicant_id from service_requests where id = ${requestId}`,
  );
  return row?.applicant_id;
}
