import { workerData } from 'node:worker_threads';
import { answerParent, workerBytes } from '../../common/files/file-worker.js';
import { readImportFile, transferables, type ReadFileJob } from './measurement-file.js';

// Entry of the worker thread that reads one uploaded measurement file (started by measurement-file-reader.ts).

const { bytes, job } = workerData as { bytes: Uint8Array; job: ReadFileJob };

answerParent(readImportFile(workerBytes(bytes), job), transferables);
