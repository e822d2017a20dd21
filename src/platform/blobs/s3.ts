import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Config } from '../../config.ts';
import { assertBlobKey, isBlobKey } from './local.ts';
import type { BlobStore } from './types.ts';

export type S3BlobConfig = Extract<Config['blobs'], { kind: 's3' }>;

/**
 * Blobs as objects in one bucket, each named `prefix + key` (the prefix is used exactly as configured, so
 * `uploads/` gives a folder and `uploads-` does not). `close()` ends the client's kept-alive connections.
 */
export function s3BlobStore(
  config: S3BlobConfig,
  options: { listPageSize?: number } = {},
): BlobStore & { client: S3Client; close(): void } {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    // Undefined falls back to the SDK's default chain (environment, instance role, ...).
    credentials: config.credentials,
    // A stalled store must fail an upload in bounded time rather than hold the request (and its memory) forever.
    requestHandler: { requestTimeout: 30_000, connectionTimeout: 5_000 },
    maxAttempts: 3,
  });
  const { bucket, prefix } = config;

  return {
    client,
    close: () => client.destroy(),

    async put(key, bytes) {
      assertBlobKey(key);
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: prefix + key,
          Body: bytes,
          ContentType: 'application/octet-stream',
        }),
      );
    },

    async get(key) {
      assertBlobKey(key);
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: prefix + key }));
        if (!out.Body) return Buffer.alloc(0);
        const bytes = await out.Body.transformToByteArray();
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (err) {
        if (err instanceof NoSuchKey || (err instanceof Error && err.name === 'NoSuchKey')) return undefined;
        throw err;
      }
    },

    async delete(key) {
      assertBlobKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: prefix + key }));
    },

    async *keys() {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix || undefined,
            ContinuationToken: token,
            MaxKeys: options.listPageSize,
          }),
        );
        for (const object of page.Contents ?? []) {
          const key = object.Key?.slice(prefix.length);
          // Other things may share the bucket (or a prefix that begins like ours): only our own names count.
          if (key !== undefined && object.Key?.startsWith(prefix) && isBlobKey(key)) yield key;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
  };
}
