/* global module, process */
/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

// The fault tests kill real processes and take minutes: they run only when asked for
// (`npm run test:fault`, FAULT_TESTS=1, or `--selectProjects fault`), not with a plain `jest`.
const argv = process.argv.join(' ');
const faultRequested = process.env.FAULT_TESTS === '1' || /--selectProjects[= ](\S+ )*fault\b/.test(argv) || /test\/fault\b/.test(argv);

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)s$': swc },
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/workers/**/*.test.ts', '<rootDir>/config/**/*.test.ts', '<rootDir>/scripts/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)s$': swc },
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-setup.ts'],
    },
    {
      // The console in Debian's Chromium (/usr/bin/chromium) through playwright-core; same setup as integration.
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)s$': swc },
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-setup.ts'],
    },
    ...(faultRequested
      ? [
          {
            displayName: 'fault',
            testEnvironment: 'node',
            transform: { '^.+\\.(t|j)s$': swc },
            testMatch: ['<rootDir>/test/fault/**/*.test.ts'],
            globalSetup: '<rootDir>/test/fault/global-setup.ts',
          },
        ]
      : []),
  ],
};
