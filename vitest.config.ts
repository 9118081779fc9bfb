import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Pinned zone for every suite; the west-of-UTC suite sets its own via a child process.
    // Notes written by a test are milliseconds old: the writer's settle time (2 s) is off in tests.
    env: { TZ: 'Asia/Seoul', BOKSEUP_SETTLE_MS: '0' },
    testTimeout: 60000,
    hookTimeout: 60000,
    pool: 'forks',
  },
});
