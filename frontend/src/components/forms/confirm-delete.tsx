import { LINK_BUTTON, PRIMARY_BUTTON, SECONDARY_BUTTON } from './styles';

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

/**
 * A listed item's Edit and Delete links, named `Edit …` and `Delete …` after `subject`; once Delete is chosen,
 * the confirming question stands in their place.
 */
export function EditOrDelete({
  subject,
  question,
  confirming,
  deleting,
  deleteLinkClassName = LINK_BUTTON,
  onEdit,
  onAskToDelete,
  onDelete,
  onKeep,
}: {
  /** What the links act on, as it reads after the verb: `Audio`, `the address of Aiko Tanaka`. */
  subject: string;
  question: string;
  confirming: boolean;
  deleting: boolean;
  deleteLinkClassName?: string;
  onEdit: () => void;
  onAskToDelete: () => void;
  onDelete: () => void;
  onKeep: () => void;
}) {
  if (confirming) {
    return (
      <ConfirmDelete
        label={`Delete ${subject}?`}
        question={question}
        deleting={deleting}
        onDelete={onDelete}
        onKeep={onKeep}
      />
    );
  }
  return (
    <div className="flex gap-4">
      <button type="button" onClick={onEdit} aria-label={`Edit ${subject}`} className={LINK_BUTTON}>
        Edit
      </button>
      <button type="button" onClick={onAskToDelete} aria-label={`Delete ${subject}`} className={deleteLinkClassName}>
        Delete
      </button>
    </div>
  );
}
