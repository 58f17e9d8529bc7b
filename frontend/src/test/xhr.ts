/**
 * A stand-in for XMLHttpRequest, which the image upload uses for its progress events: the test sees
 * each request that was sent and decides what happens to it — progress, an answer, a broken connection.
 */
import { vi } from 'vitest';

type Handler = (() => void) | null;

export class FakeUploadRequest {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  };
  onload: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;
  aborted = false;
  private responseContentType = '';

  constructor(private readonly sent: FakeUploadRequest[]) {}

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  getResponseHeader(name: string): string | null {
    return name.toLowerCase() === 'content-type' && this.responseContentType ? this.responseContentType : null;
  }

  send(body: unknown) {
    this.body = body;
    this.sent.push(this);
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  /** The browser has sent `loaded` of `total` bytes. */
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }

  /** The store answers; a problem body is sent as application/problem+json. */
  respond(status: number, problem?: Record<string, unknown>) {
    this.status = status;
    if (problem) {
      this.responseText = JSON.stringify(problem);
      this.responseContentType = 'application/problem+json';
    }
    this.onload?.();
  }

  /** The connection broke before an answer came. */
  fail() {
    this.onerror?.();
  }
}

/** Replaces XMLHttpRequest; returns the list that every sent request is added to. */
export function installFakeXhr(): FakeUploadRequest[] {
  const sent: FakeUploadRequest[] = [];
  vi.stubGlobal(
    'XMLHttpRequest',
    class extends FakeUploadRequest {
      constructor() {
        super(sent);
      }
    },
  );
  return sent;
}

/** A PNG's signature followed by `size - 8` zero bytes: enough for the checks, which read the first bytes. */
export function aPngFile(name = 'photo.png', size = 1024): File {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new File([bytes], name, { type: 'image/png' });
}
