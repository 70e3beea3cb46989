import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Text worth compressing: JSON, HTML, CSS, JavaScript, SVG/XML, CSV. Images, PDFs, .docx and
 * .xlsx (zip archives already) and octet-stream downloads are left alone: compressing them again
 * costs CPU and saves nothing.
 */
export const COMPRESSIBLE = /^text\/|[/+]json\b|[/+]xml\b|\/javascript\b/;

/**
 * Compresses answers of 1 KB and more (brotli at quality 4, gzip) when the client accepts it; the
 * built web app's files arrive already compressed from the build (see web.ts). Request bodies are
 * not decompressed: no client of ours sends them compressed, and a small gzip body that inflates to
 * megabytes is an easy way to burn the server's CPU.
 */
export const compression = fp(async (app: FastifyInstance) => {
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    customTypes: COMPRESSIBLE,
    globalDecompression: false,
  });
});
