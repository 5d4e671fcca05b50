import { defineConfig } from 'vite';

/** Built with `vite build web` into dist/web, which the server serves; `npx vite web` proxies the API to a running server. */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      // antd marks its modules "use client" for React Server Components, which a browser bundle has no use for.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
