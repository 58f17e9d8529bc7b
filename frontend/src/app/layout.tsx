import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';
import { SessionNotice } from '@/components/session/session-notice';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'o11y-shop', template: '%s · o11y-shop' },
  description: 'A real shop for learning AWS observability: every request as logs, metrics and traces.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:shadow-lg"
        >
          Skip to content
        </a>
        <Header />
        <SessionNotice />
        {/* tabIndex lets the skip link move keyboard focus, not only the scroll position. */}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}
