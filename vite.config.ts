import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './vite-csp-plugin.ts';
import { scenarioContent } from './vite-scenarios-plugin.ts';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // The scenarios, assembled and validated at build time: the browser gets checked JSON (virtual:sexenio-scenarios).
    scenarioContent(),
    // Offline after the first visit: the whole built game (screens, scenario, source texts, charts) is precached.
    // The service worker is registered by an external, deferred script (the CSP forbids inline ones, and a plain
    // script in <head> would hold up the first paint).
    VitePWA({
      // The SCORM package runs inside a school's LMS, where a service worker would outlive the course page: none there.
      disable: process.env['SEXENIO_TARGET'] === 'scorm',
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg', 'robots.txt'],
      manifest: {
        name: 'Sexenio: US–Mexico defense relations',
        short_name: 'Sexenio',
        description: 'A decision-simulation game about US–Mexico military cooperation, for classrooms and self-guided play.',
        theme_color: '#1d4e6b',
        background_color: '#f4f2ec',
        display: 'standalone',
        start_url: '/',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,txt,webmanifest}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 700 },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/golden/**/*.test.ts', 'tests/claims/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    setupFiles: ['src/ui/test/setup.ts'],
    pool: 'threads',
  },
});
