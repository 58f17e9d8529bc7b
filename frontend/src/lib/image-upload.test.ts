import { describe, expect, it, vi } from 'vitest';
import { aPngFile, installFakeXhr } from '@/test/xhr';
import { ApiError } from './api';
import type { ImageUpload } from './catalog-admin-api';
import { MAX_IMAGE_BYTES, UploadNetworkError, checkImageFile, sniffImageType, uploadImage } from './image-upload';

function fileOf(bytes: number[], name: string, type = ''): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

const AN_UPLOAD: ImageUpload = {
  objectKey: 'uploads/products/17/3f1c.png',
  uploadUrl: '/api/catalog/uploads/uploads/products/17/3f1c.png?expires=1900000000&signature=abc',
  method: 'PUT',
  headers: { 'Content-Type': 'image/png', 'Content-Length': '1024' },
  expiresAt: '2030-01-01T00:00:00Z',
  maxBytes: MAX_IMAGE_BYTES,
};

describe('sniffImageType', () => {
  it('tells JPEG, PNG and WebP apart by their first bytes', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    const webp = [0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50];
    expect(sniffImageType(new Uint8Array(webp))).toBe('image/webp');
  });

  it('knows nothing else, not even a RIFF file that is not WebP', () => {
    expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]))).toBeUndefined();
    expect(sniffImageType(new Uint8Array([0x89, 0x50]))).toBeUndefined();
  });
});

describe('checkImageFile', () => {
  it('takes the type from the content, not from the name', async () => {
    const pngNamedJpeg = fileOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'photo.jpg', 'image/jpeg');
    expect(await checkImageFile(pngNamedJpeg)).toEqual({ ok: true, contentType: 'image/png' });
  });

  it('refuses a text file named like an image', async () => {
    const check = await checkImageFile(new File(['hello'], 'photo.png', { type: 'image/png' }));
    expect(check).toEqual({ ok: false, problem: 'This file is not a JPEG, PNG or WebP image.' });
  });

  it('refuses an empty file and one over 5 MB, and takes exactly 5 MB', async () => {
    expect(await checkImageFile(new File([], 'empty.png'))).toEqual({ ok: false, problem: 'This file is empty.' });
    expect(await checkImageFile(aPngFile('big.png', MAX_IMAGE_BYTES + 1))).toEqual({
      ok: false,
      problem: 'This file is 5.0 MB; an image may be at most 5 MB.',
    });
    expect(await checkImageFile(aPngFile('limit.png', MAX_IMAGE_BYTES))).toEqual({
      ok: true,
      contentType: 'image/png',
    });
  });
});

describe('uploadImage', () => {
  it('PUTs the file with the signed headers, no bearer token, and reports progress', async () => {
    const requests = installFakeXhr();
    const file = aPngFile();
    const onProgress = vi.fn();

    const done = uploadImage(AN_UPLOAD, file, onProgress);
    const [request] = requests;
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe(AN_UPLOAD.uploadUrl);
    expect(request?.body).toBe(file);
    // Content-Length is the browser's to set; a script that tries is refused.
    expect(request?.headers).toEqual({ 'Content-Type': 'image/png' });

    request!.progress(256, 1024);
    expect(onProgress).toHaveBeenLastCalledWith({ loaded: 256, total: 1024 });
    request!.respond(200);

    await expect(done).resolves.toBeUndefined();
    expect(onProgress).toHaveBeenLastCalledWith({ loaded: 1024, total: 1024 });
  });

  it('rejects with the store’s problem', async () => {
    const requests = installFakeXhr();
    const done = uploadImage(AN_UPLOAD, aPngFile(), () => undefined);

    requests[0]!.respond(403, {
      type: 'urn:o11y-shop:problem:upload-url-invalid',
      title: 'Forbidden',
      status: 403,
      detail: 'The upload URL has expired.',
      requestId: 'req-403',
    });

    const error = await done.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isProblem('upload-url-invalid')).toBe(true);
    expect((error as ApiError).detail).toBe('The upload URL has expired.');
    expect((error as ApiError).requestId).toBe('req-403');
  });

  it('rejects when the connection breaks, and when it is cancelled', async () => {
    const requests = installFakeXhr();
    const broken = uploadImage(AN_UPLOAD, aPngFile(), () => undefined);
    requests[0]!.fail();
    await expect(broken).rejects.toBeInstanceOf(UploadNetworkError);

    const controller = new AbortController();
    const cancelled = uploadImage(AN_UPLOAD, aPngFile(), () => undefined, controller.signal);
    controller.abort();
    expect(requests[1]!.aborted).toBe(true);
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });
});
