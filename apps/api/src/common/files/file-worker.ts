import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { DomainError, invalidField, type ErrorCode, type FieldError } from '@rollout/domain';

// Reading uploaded files in a worker thread, so that parsing never blocks the event loop (health
// checks, other requests); the worker's heap and time are limited, and a file beyond them is
// refused with BAD_USER_INPUT instead of taking the server down. Each import has its own worker
// entry (what it does with the rows); this runs it and carries its answer back.

/** Heap one file reader may use; a file needing more is refused (a million-row sheet needs about 600 MB). */
export const READER_HEAP_MB = 1_536;
/** Longest a file may take to read before it is refused. */
export const READER_TIMEOUT_MS = 5 * 60_000;

/** What a worker sends back: the result, a refusal to show the user, or an unexpected failure. */
type WorkerAnswer<Result> =
  | { ok: true; result: Result }
  | { ok: false; refusal: { code: ErrorCode; message: string; fieldErrors: FieldError[] } }
  | { ok: false; failure: string };

/**
 * The compiled worker entry `srcPath` (relative to src/, ending in .js). Tests run the API from its
 * TypeScript source, which a worker thread cannot load: they use the build in dist/ (`npm test`
 * builds first).
 */
function workerUrl(srcPath: string): URL {
  const here = new URL(import.meta.url);
  if (!here.pathname.endsWith('.ts')) return new URL(`../../${srcPath}`, here);
  const built = new URL(`../../../dist/${srcPath}`, here);
  if (!existsSync(fileURLToPath(built))) throw new Error(`${fileURLToPath(built)} is missing: build the API first (npm run build -w @rollout/api).`);
  return built;
}

/** Runs the worker entry `srcPath` (relative to src/) on `workerData` and resolves with what it answers. */
export async function runFileWorker<Result>(srcPath: string, workerData: unknown): Promise<Result> {
  const worker = new Worker(workerUrl(srcPath), { workerData, resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB } });
  return new Promise<Result>((resolve, reject) => {
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
    worker.once('message', (answer: WorkerAnswer<Result>) =>
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

/** Inside a worker entry: sends the work's result (or why it failed) to the thread that started it. */
export function answerParent<Result>(work: Promise<Result>, transfer: (result: Result) => ArrayBuffer[] = () => []): void {
  const answer = (message: WorkerAnswer<Result>, buffers: ArrayBuffer[] = []) => parentPort?.postMessage(message, buffers);
  work.then(
    (result) => answer({ ok: true, result }, transfer(result)),
    (error: unknown) =>
      answer(
        error instanceof DomainError
          ? { ok: false, refusal: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } }
          : { ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      ),
  );
}

/** Inside a worker entry: the uploaded bytes it was started with, as a Buffer again. */
export function workerBytes(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
