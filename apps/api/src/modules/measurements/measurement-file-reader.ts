import { runFileWorker } from '../../common/files/file-worker.js';
import type { ReadFileJob, ReadFileResult } from './measurement-file.js';

/** Reads an uploaded measurement file in a worker thread (measurement-file.worker.ts), within the readers' heap and time limits. */
export async function readFileOffThread(bytes: Buffer, job: ReadFileJob): Promise<ReadFileResult> {
  return runFileWorker<ReadFileResult>('modules/measurements/measurement-file.worker.js', { bytes, job });
}
