import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '@rollout/domain';
import { readImportFile, transferables, type ReadFileJob } from './measurement-file.js';
import type { ReaderAnswer } from './measurement-file-reader.js';

// Entry of the worker thread that reads one uploaded file (started by measurement-file-reader.ts).

const { bytes, job } = workerData as { bytes: Uint8Array; job: ReadFileJob };

function answer(message: ReaderAnswer, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

readImportFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), job).then(
  (result) => answer({ ok: true, result }, transferables(result)),
  (error: unknown) =>
    answer(
      error instanceof DomainError
        ? { ok: false, refusal: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } }
        : { ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    ),
);
