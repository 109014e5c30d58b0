import { defineConfig } from 'vitest/config'

// Tests drive the built package (dist): the worker threads of `convert` load dist/convert/worker.js.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
