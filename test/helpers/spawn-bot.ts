/**
 * Runs `npm start`'s entry point as a child process with a chosen environment, the way a
 * deployment would, and stops it with SIGTERM as a process manager would.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface SpawnedBot {
  child: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** This process's environment without any deployment variable, so a child starts only what a test gives it. */
export function envWithoutDeployment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TELEGRAM|DISCORD|WHATSAPP|REDIS)_|^(PORT|SESSION_SECRET)$/.test(k)));
}

export function spawnBot(vars: Record<string, string>): SpawnedBot {
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { env: { ...envWithoutDeployment(), PORT: '0', LOG_LEVEL: 'silent', ...vars }, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
