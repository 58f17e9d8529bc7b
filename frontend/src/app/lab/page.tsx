import type { Metadata } from 'next';
import { LabView } from './lab-view';

export const metadata: Metadata = { title: 'Observability Lab' };

export default function LabPage() {
  return <LabView />;
}
