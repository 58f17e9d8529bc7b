import { PRIMARY_BUTTON, SECONDARY_BUTTON } from './styles';

/** The question before something is deleted, with Delete and Keep; both wait while the deletion runs. */
export function ConfirmDelete({
  label,
  question,
  deleting,
  onDelete,
  onKeep,
}: {
  /** The group's accessible name, such as `Delete Audio?`. */
  label: string;
  question: string;
  deleting: boolean;
  onDelete: () => void;
  onKeep: () => void;
}) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-3">
      <span className="text-sm">{question}</span>
      <button type="button" onClick={onDelete} disabled={deleting} className={PRIMARY_BUTTON}>
        {deleting ? 'Deleting…' : 'Delete'}
      </button>
      <button type="button" onClick={onKeep} disabled={deleting} className={SECONDARY_BUTTON}>
        Keep
      </button>
    </div>
  );
}
