import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

const staticExport: NextConfig = {
  output: 'export',
  trailingSlash: false,
  // The export has no image optimizer: <img> tags must point at the API's own URLs.
  images: { unoptimized: true },
};

// `next dev` cannot combine rewrites with `output: 'export'`, and the shop's edge routes /api in
// production, so only the development server gets the proxy to a locally running stack.
export default function nextConfig(phase: string): NextConfig {
  if (phase !== PHASE_DEVELOPMENT_SERVER) {
    return staticExport;
  }
  const apiOrigin = process.env.SHOP_URL ?? 'http://localhost:8080';
  return {
    trailingSlash: false,
    images: { unoptimized: true },
    async rewrites() {
      return [{ source: '/api/:path*', destination: `${apiOrigin}/api/:path*` }];
    },
  };
}
