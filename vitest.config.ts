import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Platform fakes open real sockets; their handshakes outlast vitest's 5 s default on a busy CI machine.
    testTimeout: 10_000,
    hookTimeout: 10_000,
  },
});
