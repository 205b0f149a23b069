// The thread behind `clientThread` (bench-client.mjs): loads pages as the main thread asks.
import { parentPort, workerData } from 'node:worker_threads';
import { client, webOperations } from './bench-client.mjs';

const api = client(workerData.baseUrl, webOperations());
parentPort.on('message', ({ id, page, options }) => {
  api.load(page, options).then(
    (result) => parentPort.postMessage({ id, result }),
    (error) => parentPort.postMessage({ id, error: String(error?.message ?? error) }),
  );
});
