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

/** The two steps of an import read whole (the grid, the tool inventory): each takes the file and the mapping the client chose. */
export interface TableImportSteps<Preview, Result> {
  preview(fileName: string | undefined, bytes: Buffer, mapping: unknown): Promise<Preview>;
  commit(fileName: string | undefined, bytes: Buffer, mapping: unknown): Promise<Result>;
}

/** Runs the step an import route names (`…-imports/preview` or `/commit`) on the uploaded file; any other step is not found. */
export function runTableImportStep<Preview, Result>(
  step: string,
  file: { fileName: string | undefined; bytes: Buffer },
  mapping: unknown,
  steps: TableImportSteps<Preview, Result>,
): Promise<Preview | Result> {
  if (step === 'preview') return steps.preview(file.fileName, file.bytes, mapping);
  if (step === 'commit') return steps.commit(file.fileName, file.bytes, mapping);
  throw new NotFoundError('Import step', step);
}
