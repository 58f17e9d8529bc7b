/**
 * The browser's part of a product image upload: check the file before anything is sent, then PUT its
 * bytes to the pre-signed URL with progress. The catalog checks the bytes again when the image is
 * attached, and has the last word.
 */
import { ApiError } from './api';
import type { ImageContentType, ImageUpload } from './catalog-admin-api';

/** The catalog's limit (api/catalog.yaml `ImageUploadRequest.contentLength`). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export const ACCEPTED_IMAGE_TYPES: readonly ImageContentType[] = ['image/jpeg', 'image/png', 'image/webp'];

export type ImageCheck = { ok: true; contentType: ImageContentType } | { ok: false; problem: string };

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

/** The image type that the first bytes of a file show, as the catalog tells them apart. */
export function sniffImageType(bytes: Uint8Array): ImageContentType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return 'image/jpeg';
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'image/png';
  }
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) {
    return 'image/webp';
  }
  return undefined;
}

/**
 * Whether `file` can be uploaded, and as which type. The type comes from the file's first bytes, not
 * from its name or the type the browser guessed from the name: the catalog refuses bytes that do not
 * match the declared type, so a renamed file is caught here instead of after the upload.
 */
export async function checkImageFile(file: File): Promise<ImageCheck> {
  if (file.size === 0) {
    return { ok: false, problem: 'This file is empty.' };
  }
  if (file.size > MAX_IMAGE_BYTES) {
    return { ok: false, problem: `This file is ${formatBytes(file.size)}; an image may be at most 5 MB.` };
  }
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  const contentType = sniffImageType(head);
  return contentType
    ? { ok: true, contentType }
    : { ok: false, problem: 'This file is not a JPEG, PNG or WebP image.' };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(0)} KB`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Thrown when the upload could not reach the object store at all. */
export class UploadNetworkError extends Error {
  constructor() {
    super('The upload was interrupted. Check your connection and try again.');
    this.name = 'UploadNetworkError';
  }
}

// The browser sets these itself from the body and the URL, and refuses to let a script set them.
const HEADERS_THE_BROWSER_SETS = new Set(['content-length', 'host']);

/** The refusal as the same ApiError that fetch-based calls throw, so that it is shown the same way. */
function refusalOf(request: XMLHttpRequest): Promise<ApiError> {
  const contentType = request.getResponseHeader('content-type') ?? '';
  return ApiError.from(
    new Response(request.responseText || null, {
      status: request.status,
      headers: contentType ? { 'Content-Type': contentType } : {},
    }),
  );
}

/**
 * PUTs `file` to the pre-signed URL with exactly the headers it was signed with, and no bearer token:
 * the signature is the permission, and S3 would refuse a request with a second kind of authorization.
 * XMLHttpRequest rather than fetch, because only it reports how much of a request body has been sent.
 */
export function uploadImage(
  upload: ImageUpload,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(upload.method, upload.uploadUrl);
    for (const [name, value] of Object.entries(upload.headers)) {
      if (!HEADERS_THE_BROWSER_SETS.has(name.toLowerCase())) {
        request.setRequestHeader(name, value);
      }
    }
    request.upload.onprogress = (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress({ loaded: file.size, total: file.size });
        resolve();
      } else {
        refusalOf(request).then(reject, reject);
      }
    };
    request.onerror = () => reject(new UploadNetworkError());
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}
