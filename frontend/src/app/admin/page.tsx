import type { Metadata } from 'next';
import { LowStockPanel } from '@/components/admin/dashboard/low-stock-panel';
import { SalesOverview } from '@/components/admin/dashboard/sales-overview';

export const metadata: Metadata = { title: 'Dashboard' };

export default function AdminDashboardPage() {
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-slate-900">Dashboard</h1>
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <SalesOverview />
        <LowStockPanel />
      </div>
    </div>
  );
}
