import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** Numbers are right-aligned. */
  numeric?: boolean;
}

/** An admin list as a table: a header row over the caller's rows, scrolling sideways on a narrow screen. */
export function DataTable({
  columns,
  alignTop = false,
  children,
}: {
  columns: Column[];
  /** For rows of several lines. */
  alignTop?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.numeric ? 'py-2 pr-3 text-right font-medium' : 'py-2 pr-3 font-medium'}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={alignTop ? 'divide-y divide-slate-100 align-top' : 'divide-y divide-slate-100'}>{children}</tbody>
      </table>
    </div>
  );
}
