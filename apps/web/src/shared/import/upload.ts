// Sending a file to an import route (GraphQL carries no files) and the figures every import shows.

/** File endings the API reads as CSV or XLSX. */
export const IMPORT_FILE_ACCEPT = '.csv,.xlsx,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An upload the API refused, with its `{ code, message }`. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

function errorBody(value: unknown): { code: string; message: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const body = value as Record<string, unknown>;
  const message = body['message'];
  const code = body['code'];
  return typeof message === 'string' ? { code: typeof code === 'string' ? code : 'BAD_USER_INPUT', message } : null;
}

/**
 * POSTs a file's bytes to an import route with the session cookie and returns its JSON answer when
 * `isResult` accepts it; errors become `UploadError`s with a sentence to show (`statusMessages` for
 * answers without one).
 */
export async function postFile<Result>(
  url: string,
  file: File,
  isResult: (body: unknown) => body is Result,
  statusMessages: Record<number, string>,
  signal?: AbortSignal,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
      body: file,
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new UploadError('Cannot reach the server. Check your connection and try again.', 'NETWORK', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && isResult(body)) return body;
  const problem = errorBody(body);
  const message =
    problem && response.status < 500
      ? problem.message
      : (statusMessages[response.status] ?? `The upload failed (HTTP ${response.status}). Please try again.`);
  throw new UploadError(message, problem?.code ?? 'INTERNAL_SERVER_ERROR', response.status);
}

const counts = new Intl.NumberFormat('en-US');

/** `1204` → `1,204`. */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** `12 KB`, `1.4 MB`: a file's size for people. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
