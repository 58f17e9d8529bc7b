import { formatBytes, type UploadProgress } from '@/lib/image-upload';

function uploadPercent({ loaded, total }: UploadProgress): number {
  return total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
}

/** How much of the file has been sent, as a bar and in words for screen readers. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const percent = uploadPercent(progress);
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label="Upload progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% (${formatBytes(progress.loaded)} of ${formatBytes(progress.total)})`}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-xs text-slate-600">
        {percent}% · {formatBytes(progress.loaded)} of {formatBytes(progress.total)}
      </p>
    </div>
  );
}
