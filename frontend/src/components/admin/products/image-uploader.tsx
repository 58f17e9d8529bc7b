'use client';

import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError, type Image } from '@/lib/api';
import { attachProductImage, startImageUpload } from '@/lib/catalog-admin-api';
import { ACCEPTED_IMAGE_TYPES, checkImageFile, type UploadProgress, uploadImage } from '@/lib/image-upload';
import { authorized } from '@/lib/session';
import { textProblem } from '@/lib/validation';
import { ProblemAlert } from '../../feedback/problem-alert';
import { TextField } from '../../forms/field';
import { INPUT, PRIMARY_BUTTON, SECONDARY_BUTTON } from '../../forms/styles';
import { UploadProgressBar } from './upload-progress';

type Step = 'start' | 'upload' | 'attach';

type UploadState =
  | { status: 'idle'; added?: boolean; cancelled?: boolean }
  | { status: 'checking' }
  | { status: 'uploading'; progress: UploadProgress }
  | { status: 'attaching' }
  | { status: 'failed'; step: Step; error: unknown };

const STEP_TITLES: Record<Step, string> = {
  start: 'The upload could not start.',
  upload: 'The image could not be uploaded.',
  attach: 'The image could not be added to the product.',
};

/** The catalog's problems by name, for a title that says what to do; anything else by the upload step. */
export function uploadFailureTitle(step: Step, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isProblem('upload-too-large')) {
      return 'The image is larger than 5 MB.';
    }
    if (error.isProblem('unsupported-image')) {
      return 'The file is not a JPEG, PNG or WebP image.';
    }
    if (error.isProblem('upload-url-invalid')) {
      return 'The upload link was refused or has run out. Try again.';
    }
    if (error.isProblem('upload-missing')) {
      return 'The uploaded file could not be found. Try again.';
    }
  }
  return STEP_TITLES[step];
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Adds one image to a product: checks the file here, asks the catalog for an upload URL, sends the
 * bytes there with a progress bar, then has the catalog check and attach them.
 */
export function ImageUploader({
  productId,
  defaultAlt,
  onAttached,
}: {
  productId: number;
  defaultAlt: string;
  onAttached: (image: Image) => void;
}) {
  const fileId = useId();
  const fileHintId = useId();
  const fileProblemId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const cancel = useRef<AbortController | null>(null);
  const [file, setFile] = useState<File>();
  const [alt, setAlt] = useState(defaultAlt);
  const [fileProblem, setFileProblem] = useState<string>();
  const [altProblem, setAltProblem] = useState<string>();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const busy = state.status === 'checking' || state.status === 'uploading' || state.status === 'attaching';

  async function send(chosen: File, altText: string) {
    let step: Step = 'start';
    const controller = new AbortController();
    cancel.current = controller;
    try {
      const check = await checkImageFile(chosen);
      if (!check.ok) {
        setFileProblem(check.problem);
        setState({ status: 'idle' });
        return;
      }
      const upload = await authorized((token) =>
        startImageUpload(token, productId, { contentType: check.contentType, contentLength: chosen.size }),
      );
      step = 'upload';
      setState({ status: 'uploading', progress: { loaded: 0, total: chosen.size } });
      await uploadImage(upload, chosen, (progress) => setState({ status: 'uploading', progress }), controller.signal);
      step = 'attach';
      setState({ status: 'attaching' });
      const image = await authorized((token) =>
        attachProductImage(token, productId, { objectKey: upload.objectKey, alt: altText }),
      );
      onAttached(image);
      setFile(undefined);
      if (fileInput.current) {
        fileInput.current.value = '';
      }
      setState({ status: 'idle', added: true });
    } catch (error) {
      setState(isAbort(error) ? { status: 'idle', cancelled: true } : { status: 'failed', step, error });
    } finally {
      cancel.current = null;
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missingFile = file ? undefined : 'Choose an image file.';
    const badAlt = textProblem(alt, 'what the image shows', 300);
    setFileProblem(missingFile);
    setAltProblem(badAlt);
    if (!file || badAlt) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'checking' });
    void send(file, alt.trim());
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Add an image" className="max-w-xl space-y-4">
      <div>
        <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
          Image file
        </label>
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          accept={ACCEPTED_IMAGE_TYPES.join(',')}
          disabled={busy}
          onChange={(event) => {
            setFile(event.target.files?.[0]);
            setFileProblem(undefined);
          }}
          aria-invalid={fileProblem !== undefined}
          aria-describedby={fileProblem ? `${fileHintId} ${fileProblemId}` : fileHintId}
          className={INPUT}
        />
        <p id={fileHintId} className="mt-1 text-xs text-slate-600">
          JPEG, PNG or WebP, at most 5 MB.
        </p>
        {fileProblem && (
          <p id={fileProblemId} className="mt-1 text-sm text-red-700">
            {fileProblem}
          </p>
        )}
      </div>
      <TextField
        label="What the image shows"
        hint="Read out by screen readers in place of the image."
        maxLength={300}
        value={alt}
        onValueChange={setAlt}
        error={altProblem}
        disabled={busy}
      />
      {state.status === 'uploading' && <UploadProgressBar progress={state.progress} />}
      {state.status === 'attaching' && (
        <p role="status" className="text-sm text-slate-700">
          Checking the image…
        </p>
      )}
      {state.status === 'idle' && state.added && (
        <p role="status" className="text-sm text-green-800">
          The image was added.
        </p>
      )}
      {state.status === 'idle' && state.cancelled && (
        <p role="status" className="text-sm text-slate-700">
          The upload was cancelled.
        </p>
      )}
      {state.status === 'failed' && (
        <ProblemAlert title={uploadFailureTitle(state.step, state.error)} error={state.error} />
      )}
      <div className="flex gap-3">
        <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
          {busy ? 'Uploading…' : 'Upload image'}
        </button>
        {state.status === 'uploading' && (
          <button type="button" onClick={() => cancel.current?.abort()} className={SECONDARY_BUTTON}>
            Cancel upload
          </button>
        )}
      </div>
    </form>
  );
}
