import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Pinned zone for every suite; the west-of-UTC suite sets its own via a child process.
    env: { TZ: 'Asia/Seoul' },
    testTimeout: 20000,
    hookTimeout: 30000,
    pool: 'forks',
  },
});
