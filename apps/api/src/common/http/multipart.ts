/** A file sent as one part of a multipart/form-data body. */
export interface MultipartFile {
  fileName: string;
  bytes: Buffer;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function partFileName(headers: string): string | null {
  const extended = /filename\*=UTF-8''([^;\r\n]+)/i.exec(headers);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      return extended[1];
    }
  }
  return /filename="([^"]*)"/i.exec(headers)?.[1] ?? /filename=([^;\r\n]+)/i.exec(headers)?.[1] ?? null;
}

/**
 * The first part with a file name in a multipart/form-data body (what a browser form or `curl -F
 * file=@values.csv` sends): its file name and bytes. Null when the body is not multipart or holds
 * no file part.
 */
export function multipartFile(body: Buffer, contentType: string | undefined): MultipartFile | null {
  const boundary = boundaryOf(contentType);
  if (!boundary) return null;
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.concat([CRLF, delimiter]);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const headersStart = at + delimiter.length + CRLF.length;
    const headersEnd = body.indexOf(HEADER_END, headersStart);
    if (headersEnd === -1) return null;
    const contentStart = headersEnd + HEADER_END.length;
    const end = body.indexOf(nextDelimiter, contentStart);
    if (end === -1) return null;
    const fileName = partFileName(body.subarray(headersStart, headersEnd).toString('utf8'));
    if (fileName !== null) return { fileName, bytes: body.subarray(contentStart, end) };
    at = end + CRLF.length;
  }
  return null;
}
