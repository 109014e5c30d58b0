import { defineConfig } from 'vitest/config'

// A config of its own so that `npx vitest run` here does not pick up the
// workspace config (whose `packages/*` glob is relative to the root).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
