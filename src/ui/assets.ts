import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'static');
export const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')),
  'misc/Non-Latin/fonts/webfonts',
);

/** First 10 hex digits of each file's SHA-256, read once at boot: a changed file gets a new URL. */
function versions(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const hash = createHash('sha256').update(readFileSync(join(dir, entry.name)));
    out.set(entry.name, hash.digest('hex').slice(0, 10));
  }
  return out;
}

/**
 * Serves `src/ui/static/` at `/assets/` and the Vazirmatn web fonts at `/assets/fonts/`, cached for a year as
 * immutable. `asset('app.css')` is `/assets/app.css?v=<hash>`; an unknown name throws, so a typo fails in tests
 * rather than as a broken page.
 */
export async function registerAssets(app: FastifyInstance): Promise<{ asset(name: string): string }> {
  const cache = {
    cacheControl: true,
    maxAge: '365d',
    immutable: true,
    etag: true,
    index: false,
    list: false,
  } as const;
  await app.register(fastifyStatic, { root: STATIC_DIR, prefix: '/assets/', ...cache });
  await app.register(fastifyStatic, {
    root: FONT_DIR,
    prefix: '/assets/fonts/',
    decorateReply: false,
    ...cache,
  });
  return { asset: assetUrls() };
}

/** The versioned URL maker alone (tests, and anything rendering pages outside the HTTP server). */
export function assetUrls(): (name: string) => string {
  const hashes = versions(STATIC_DIR);
  return (name) => {
    const v = hashes.get(name);
    if (!v) throw new Error(`Unknown asset: ${name}`);
    return `/assets/${name}?v=${v}`;
  };
}
