import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError, invalidField, type ErrorCode, type FieldError } from '@rollout/domain';
import type { ReadFileJob, ReadFileResult } from './measurement-file.js';

/** Heap one file reader may use; a file needing more is refused (a million-row sheet needs about 600 MB). */
export const READER_HEAP_MB = 1_536;
/** Longest a file may take to read before it is refused. */
export const READER_TIMEOUT_MS = 5 * 60_000;

/** What the worker sends back: the result, a refusal to show the user, or an unexpected failure. */
export type ReaderAnswer =
  | { ok: true; result: ReadFileResult }
  | { ok: false; refusal: { code: ErrorCode; message: string; fieldErrors: FieldError[] } }
  | { ok: false; failure: string };

const WORKER_FILE = 'measurement-file.worker.js';

/**
 * The compiled worker beside this module. Tests run this module from its TypeScript source,
 * which a worker thread cannot load: they use the build in dist/ (`npm test` builds first).
 */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  if (!here.pathname.endsWith('.ts')) return new URL(`./${WORKER_FILE}`, here);
  const built = new URL(`../../../dist/modules/measurements/${WORKER_FILE}`, here);
  if (!existsSync(fileURLToPath(built))) throw new Error(`${fileURLToPath(built)} is missing: build the API first (npm run build -w @rollout/api).`);
  return built;
}

/**
 * Reads an uploaded file in a worker thread, so that parsing never blocks the event loop (health
 * checks, other requests); the worker's heap and time are limited, and a file beyond them is
 * refused with BAD_USER_INPUT instead of taking the server down.
 */
export async function readFileOffThread(bytes: Buffer, job: ReadFileJob): Promise<ReadFileResult> {
  const worker = new Worker(workerUrl(), { workerData: { bytes, job }, resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB } });
  return new Promise<ReadFileResult>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(invalidField('file', `Reading this file took longer than ${READER_TIMEOUT_MS / 60_000} minutes: split it into several files.`))),
      READER_TIMEOUT_MS,
    );
    worker.once('message', (answer: ReaderAnswer) =>
      settle(() => {
        if (answer.ok) resolve(answer.result);
        else if ('refusal' in answer) reject(new DomainError(answer.refusal.code, answer.refusal.message, answer.refusal.fieldErrors));
        else reject(new Error(`reading the file failed: ${answer.failure}`));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? invalidField('file', `Reading this file needs more than ${READER_HEAP_MB} MB of memory: split it into several files.`)
            : error,
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`the file reader stopped with exit code ${code}`))));
  });
}
