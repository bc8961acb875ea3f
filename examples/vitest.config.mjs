// Runs the example test on its own: npx vitest run --config examples/vitest.config.mjs
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['examples/*.test.mjs'] },
});
