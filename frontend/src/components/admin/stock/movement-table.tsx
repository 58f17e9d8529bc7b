import { formatDateTime } from '@/lib/format';
import type { MovementKind, StockMovement, StockSnapshot } from '@/lib/stock-admin-api';
import { REASON_LABELS } from '@/lib/stock-forms';
import { DataTable } from '../data-table';

const KIND_LABELS: Record<MovementKind, string> = {
  received: 'Received',
  adjusted: 'Adjusted',
  reserved: 'Reserved for a checkout',
  released: 'Reservation released',
  expired: 'Reservation expired',
  committed: 'Sold',
  threshold_changed: 'Threshold changed',
};

/** Who made a change: the service itself, the admin looking, or another user by ID. */
export function actorLabel(actor: string, currentUserId: string): string {
  if (actor === 'system') {
    return 'System';
  }
  return actor === currentUserId ? 'You' : actor;
}

export function signedDelta(delta: number): string {
  if (delta > 0) {
    return `+${delta}`;
  }
  // A real minus sign reads better than a hyphen next to digits.
  return delta < 0 ? `−${Math.abs(delta)}` : '0';
}

function Snapshot({ snapshot }: { snapshot: StockSnapshot }) {
  return (
    <span className="whitespace-nowrap">
      {snapshot.available} avail. · {snapshot.reserved} res. · low at {snapshot.lowStockThreshold}
    </span>
  );
}

/** The audit trail, newest first: who changed what when, and the stock before and after. */
export function MovementTable({ movements, currentUserId }: { movements: StockMovement[]; currentUserId: string }) {
  return (
    <DataTable
      columns={[
        { label: 'When' },
        { label: 'What' },
        { label: 'Change', numeric: true },
        { label: 'Before' },
        { label: 'After' },
        { label: 'Who' },
        { label: 'Reason and note' },
      ]}
      alignTop
    >
      {movements.map((movement) => (
        <tr key={movement.movementId} data-testid="movement">
          <td className="whitespace-nowrap py-2 pr-3 text-slate-700">{formatDateTime(movement.occurredAt)}</td>
          <td className="py-2 pr-3 text-slate-900">{KIND_LABELS[movement.kind]}</td>
          <td className="py-2 pr-3 text-right font-medium text-slate-900">{signedDelta(movement.delta)}</td>
          <td className="py-2 pr-3 text-slate-700">
            <Snapshot snapshot={movement.before} />
          </td>
          <td className="py-2 pr-3 text-slate-700">
            <Snapshot snapshot={movement.after} />
          </td>
          <td className="break-all py-2 pr-3 text-slate-700">{actorLabel(movement.actor, currentUserId)}</td>
          <td className="py-2 text-slate-700">
            {[movement.reason && REASON_LABELS[movement.reason], movement.note].filter(Boolean).join(' — ')}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
