import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImageUpload } from '@/lib/catalog-admin-api';
import { MAX_IMAGE_BYTES } from '@/lib/image-upload';
import { signInAsAdmin } from '@/test/admin';
import { jsonResponse, mockApi, problemResponse, sentRequest } from '@/test/fetch';
import { aCategory, aProductDetail } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import { TEST_TOKEN } from '@/test/session';
import { aPngFile, installFakeXhr } from '@/test/xhr';
import EditProductPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const PRODUCT = aProductDetail({ id: 301, name: 'Reference Headphones', images: [] });
const UPLOAD: ImageUpload = {
  objectKey: 'products/301/uploads/5e2f.png',
  uploadUrl: '/api/catalog/uploads/products/301/uploads/5e2f.png?expires=1900000000&signature=c0ffee',
  method: 'PUT',
  headers: { 'Content-Type': 'image/png' },
  expiresAt: '2030-01-01T00:00:00Z',
  maxBytes: MAX_IMAGE_BYTES,
};
const ATTACHED = { url: '/api/catalog/images/products/301/5e2f.png', alt: 'Reference Headphones, front' };

function productRoutes(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/catalog/products/301': () => jsonResponse(PRODUCT),
    'GET /api/catalog/categories': () => jsonResponse({ categories: [aCategory({ id: 3, name: 'Headphones' })] }),
    ...extra,
  });
}

async function chooseImage(user: ReturnType<typeof userEvent.setup>, file: File, alt?: string) {
  await user.upload(await screen.findByLabelText('Image file'), file);
  if (alt !== undefined) {
    await user.clear(screen.getByLabelText('What the image shows'));
    await user.type(screen.getByLabelText('What the image shows'), alt);
  }
  await user.click(screen.getByRole('button', { name: 'Upload image' }));
}

describe('edit product page: images', () => {
  it('uploads with a progress bar, attaches the image and shows it', async () => {
    setUrl('/admin/products/edit?id=301&created=1');
    signInAsAdmin();
    const requests = installFakeXhr();
    const fetchMock = productRoutes({
      'POST /api/catalog/products/301/image-uploads': () => jsonResponse(UPLOAD, 201),
      'POST /api/catalog/products/301/images': () => jsonResponse(ATTACHED, 201),
    });
    const user = userEvent.setup();
    render(<EditProductPage />);

    expect(await screen.findByText(/The product was created/)).toBeInTheDocument();
    expect(screen.getByText(/no images yet/)).toBeInTheDocument();
    await chooseImage(user, aPngFile('front.jpg', 2048), 'Reference Headphones, front');

    await waitFor(() => expect(requests).toHaveLength(1));
    expect(sentRequest(fetchMock, 'POST', '/api/catalog/products/301/image-uploads').body).toEqual({
      contentType: 'image/png',
      contentLength: 2048,
    });
    const upload = requests[0]!;
    expect(upload.method).toBe('PUT');
    expect(upload.url).toBe(UPLOAD.uploadUrl);
    expect(upload.headers).toEqual({ 'Content-Type': 'image/png' });

    act(() => upload.progress(512, 2048));
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(bar).toHaveAttribute('aria-valuetext', '25% (512 B of 2 KB)');
    act(() => upload.progress(1536, 2048));
    expect(bar).toHaveAttribute('aria-valuenow', '75');

    act(() => upload.respond(200));

    const image = await screen.findByRole('img', { name: 'Reference Headphones, front' });
    expect(image).toHaveAttribute('src', ATTACHED.url);
    expect(screen.getByText('The image was added.')).toBeInTheDocument();
    const attach = sentRequest(fetchMock, 'POST', '/api/catalog/products/301/images');
    expect(attach.body).toEqual({ objectKey: UPLOAD.objectKey, alt: 'Reference Headphones, front' });
    expect(attach.headers.Authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('refuses a file that is too large or not an image before asking the server', async () => {
    setUrl('/admin/products/edit?id=301');
    signInAsAdmin();
    const requests = installFakeXhr();
    const fetchMock = productRoutes();
    const user = userEvent.setup({ applyAccept: false });
    render(<EditProductPage />);

    await chooseImage(user, aPngFile('huge.png', MAX_IMAGE_BYTES + 1));
    const fileInput = screen.getByLabelText('Image file');
    await waitFor(() =>
      expect(fileInput).toHaveAccessibleDescription(expect.stringContaining('an image may be at most 5 MB')),
    );

    await chooseImage(user, new File(['GIF89a…'], 'anim.gif', { type: 'image/gif' }));
    await waitFor(() =>
      expect(fileInput).toHaveAccessibleDescription(expect.stringContaining('not a JPEG, PNG or WebP image')),
    );

    expect(requests).toHaveLength(0);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain(
      '/api/catalog/products/301/image-uploads',
    );
  });

  it('shows the catalog’s refusal of the uploaded bytes', async () => {
    setUrl('/admin/products/edit?id=301');
    signInAsAdmin();
    const requests = installFakeXhr();
    productRoutes({
      'POST /api/catalog/products/301/image-uploads': () => jsonResponse(UPLOAD, 201),
      'POST /api/catalog/products/301/images': () =>
        problemResponse(415, 'Unsupported Media Type', 'The object is not a PNG image.', {
          type: 'urn:o11y-shop:problem:unsupported-image',
          requestId: 'req-415',
        }),
    });
    const user = userEvent.setup();
    render(<EditProductPage />);

    await chooseImage(user, aPngFile());
    await waitFor(() => expect(requests).toHaveLength(1));
    act(() => requests[0]!.respond(200));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file is not a JPEG, PNG or WebP image.');
    expect(alert).toHaveTextContent('The object is not a PNG image.');
    expect(alert).toHaveTextContent('Request ID: req-415');
    expect(screen.queryByTestId('product-image')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload image' })).toBeEnabled();
  });

  it('shows a refused upload URL as such', async () => {
    setUrl('/admin/products/edit?id=301');
    signInAsAdmin();
    const requests = installFakeXhr();
    productRoutes({ 'POST /api/catalog/products/301/image-uploads': () => jsonResponse(UPLOAD, 201) });
    const user = userEvent.setup();
    render(<EditProductPage />);

    await chooseImage(user, aPngFile());
    await waitFor(() => expect(requests).toHaveLength(1));
    act(() =>
      requests[0]!.respond(403, {
        type: 'urn:o11y-shop:problem:upload-url-invalid',
        title: 'Forbidden',
        status: 403,
        detail: 'The upload URL has expired.',
      }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('The upload link was refused or has run out. Try again.');
  });
});

describe('edit product page: details and delete', () => {
  it('saves the changed details with PUT', async () => {
    setUrl('/admin/products/edit?id=301');
    signInAsAdmin();
    const fetchMock = productRoutes({
      'PUT /api/catalog/products/301': () => jsonResponse({ ...PRODUCT, name: 'Reference Headphones II' }),
    });
    const user = userEvent.setup();
    render(<EditProductPage />);

    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Reference Headphones II');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('The changes were saved.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Reference Headphones II');
    expect(sentRequest(fetchMock, 'PUT', '/api/catalog/products/301').body).toEqual({
      sku: 'ELC-017',
      name: 'Reference Headphones II',
      description: PRODUCT.description,
      priceJpy: 12800,
      categoryId: 3,
      featured: false,
    });
  });

  it('deletes only after a confirmation', async () => {
    setUrl('/admin/products/edit?id=301');
    signInAsAdmin();
    const fetchMock = productRoutes({ 'DELETE /api/catalog/products/301': () => new Response(null, { status: 204 }) });
    const user = userEvent.setup();
    render(<EditProductPage />);

    await user.click(await screen.findByRole('button', { name: 'Delete Reference Headphones' }));
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
    const confirm = screen.getByRole('group', { name: 'Delete Reference Headphones?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByRole('heading', { name: 'Reference Headphones was deleted' })).toBeInTheDocument();
    expect(sentRequest(fetchMock, 'DELETE', '/api/catalog/products/301').headers.Authorization).toBe(
      `Bearer ${TEST_TOKEN}`,
    );
  });

  it('says so when there is no such product', async () => {
    setUrl('/admin/products/edit?id=404');
    signInAsAdmin();
    mockApi({
      'GET /api/catalog/products/404': () => problemResponse(404, 'Not Found'),
      'GET /api/catalog/categories': () => jsonResponse({ categories: [] }),
    });
    render(<EditProductPage />);

    expect(await screen.findByRole('heading', { name: 'Product not found' })).toBeInTheDocument();
  });
});
