'use client';

import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/api';
import { updateProfile } from '@/lib/identity-api';
import { type Session, authorized, updateSessionAccount } from '@/lib/session';
import { displayNameProblem, serverFieldErrors } from '@/lib/validation';
import { ProblemAlert } from '../feedback/problem-alert';
import { TextField } from '../forms/field';
import { LINK_BUTTON, PRIMARY_BUTTON, SECONDARY_BUTTON } from '../forms/styles';

export function ProfileSection({ session }: { session: Session }) {
  const { account } = session;
  const [editing, setEditing] = useState(false);
  const [displayName, setDisplayName] = useState(account.displayName);
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  function startEditing() {
    setDisplayName(account.displayName);
    setError(undefined);
    setFailure(undefined);
    setEditing(true);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = displayNameProblem(displayName);
    setError(problem);
    setFailure(undefined);
    if (problem) {
      return;
    }
    setSaving(true);
    try {
      const updated = await authorized((token) => updateProfile(token, displayName.trim()));
      updateSessionAccount(updated);
      setEditing(false);
    } catch (caught) {
      if (caught instanceof ApiError) {
        setError(serverFieldErrors(caught.fieldErrors, ['displayName'] as const).displayName);
      }
      setFailure(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="profile-heading" className="rounded-lg border border-slate-200 p-6">
      <h2 id="profile-heading" className="text-xl font-semibold text-slate-900">
        Profile
      </h2>
      {editing ? (
        <form onSubmit={handleSubmit} noValidate className="mt-4 max-w-md space-y-4">
          <TextField
            label="Your name"
            maxLength={50}
            value={displayName}
            onValueChange={setDisplayName}
            error={error}
          />
          {failure !== undefined && <ProblemAlert title="Your name could not be changed." error={failure} />}
          <div className="flex gap-3">
            <button type="submit" disabled={saving} className={PRIMARY_BUTTON}>
              {saving ? 'Saving…' : 'Save'}
            </button>
            <button type="button" onClick={() => setEditing(false)} disabled={saving} className={SECONDARY_BUTTON}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-700">Name</dt>
          <dd className="flex items-center gap-3">
            <span data-testid="display-name">{account.displayName}</span>
            <button type="button" onClick={startEditing} className={LINK_BUTTON}>
              Edit name
            </button>
          </dd>
          <dt className="font-medium text-slate-700">E-mail address</dt>
          <dd>{account.email}</dd>
        </dl>
      )}
    </section>
  );
}
