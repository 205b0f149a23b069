import { invalidField } from '@rollout/domain';
import type { Request } from 'express';
import { multipartFile } from './multipart.js';
import { NotFoundError } from '../errors/app-error.js';

/**
 * The file an upload route received (see raw-upload.ts): a multipart/form-data file part with its
 * name, or the body itself named by the `fileName` query parameter or the `x-file-name` header.
 */
export function uploadedFile(req: Request, headerFileName: string | undefined, queryFileName: unknown): { fileName: string | undefined; bytes: Buffer } {
  const body: unknown = req.body;
  if (!Buffer.isBuffer(body)) throw invalidField('file', 'Send the file itself as the request body (Content-Type: application/octet-stream).');
  const part = multipartFile(body, req.headers['content-type']);
  if (part) return part;
  return { fileName: typeof queryFileName === 'string' ? queryFileName : headerFileName, bytes: body };
}

/** A file and the column mapping the client chose (JSON text, or undefined to guess). */
export interface TableUpload {
  fileName: string | undefined;
  bytes: Buffer;
  mapping: unknown;
}

/** Runs the step an import route names (`…-imports/preview` or `/commit`) on the upload; any other step is not found. */
export function runTableImportStep<Preview, Result>(
  step: string,
  upload: TableUpload,
  steps: { preview(upload: TableUpload): Promise<Preview>; commit(upload: TableUpload): Promise<Result> },
): Promise<Preview | Result> {
  if (step === 'preview') return steps.preview(upload);
  if (step === 'commit') return steps.commit(upload);
  throw new NotFoundError('Import step', step);
}
