import { describe, expect, it } from 'vitest';
import { multipartFile } from './multipart.js';

const body = (...parts: string[]) => Buffer.from(`${parts.map((part) => `--XyZ\r\n${part}\r\n`).join('')}--XyZ--\r\n`);

describe('multipartFile', () => {
  it('finds the file part with its name and exact bytes, after other fields', () => {
    const sent = body('Content-Disposition: form-data; name="note"\r\n\r\nweekly', 'Content-Disposition: form-data; name="file"; filename="März values.csv"\r\nContent-Type: text/csv\r\n\r\nmetric,unit\r\na,b\r\n');
    expect(multipartFile(sent, 'multipart/form-data; boundary=XyZ')).toEqual({ fileName: 'März values.csv', bytes: Buffer.from('metric,unit\r\na,b\r\n') });
  });

  it('reads an RFC 5987 file name and a quoted boundary', () => {
    const sent = body("Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''Z%C3%BCrich.csv\r\n\r\nx");
    expect(multipartFile(sent, 'multipart/form-data; boundary="XyZ"')?.fileName).toBe('Zürich.csv');
  });

  it('is null for a body that is not multipart or has no file part', () => {
    expect(multipartFile(Buffer.from('metric,unit'), 'text/csv')).toBeNull();
    expect(multipartFile(body('Content-Disposition: form-data; name="note"\r\n\r\nweekly'), 'multipart/form-data; boundary=XyZ')).toBeNull();
  });
});
