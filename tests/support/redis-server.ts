import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { until } from './until';

const redisCli = promisify(execFile);

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('No port was given');
  return address.port;
}

/** A redis-server of the test's own, writing every command to its append-only file in `dir`. */
export class RedisServer {
  private process: ChildProcess | undefined;

  constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn('redis-server', ['--port', String(this.port), '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', this.dir], {
      stdio: 'ignore',
    });
    await until('redis-server to answer', () => this.ping(), 10_000);
  }

  /** SHUTDOWN, as an operator would: the server flushes its file and exits. */
  async shutdown(): Promise<void> {
    const running = this.process;
    if (!running || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    await redisCli('redis-cli', ['-p', String(this.port), 'SHUTDOWN']).catch(() => undefined); // it hangs up rather than answers
    await exited;
  }

  private async ping(): Promise<boolean> {
    const answer = await redisCli('redis-cli', ['-p', String(this.port), 'PING']).catch(() => ({ stdout: '' }));
    return answer.stdout.trim() === 'PONG';
  }
}
