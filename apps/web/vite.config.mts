import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';

// Built into dist/apps/web, which the gateway serves; `nx serve web` proxies GraphQL to a running gateway.
export default defineConfig({
  root,
  plugins: [react()],
  // The web shares the domain's pure rules (who may do what) rather than copying them.
  resolve: {
    alias: { '@carechain/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  build: { outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)), emptyOutDir: true },
  server: { proxy: { '/graphql': { target: gateway, ws: true } } },
});
