import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
/**
 * Runs `task` every `intervalMs`, never two at once: the next run is timed from the end of the
 * last, so a slow database stretches the rhythm instead of piling runs up. Failures are reported
 * and the next run tries again.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private wanted = false;

  constructor(
    private readonly intervalMs: number,
    private readonly task: () => Promise<unknown>,
    private readonly onError: (error: Error) => void,
  ) {}

  start(): void {
    this.schedule(this.intervalMs);
  }

  /** Runs the task at once instead of at its time, or right after the run in progress ends. */
  runNow(): void {
    if (!this.timer) return;
    if (this.running) this.wanted = true;
    else this.schedule(0);
  }

  /** Stops, waiting for a run in progress to end. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.wanted = false;
      this.running = this.task()
        .then(() => undefined, this.onError)
        .finally(() => {
          this.running = undefined;
          if (this.timer) this.schedule(this.wanted ? 0 : this.intervalMs);
        });
    }, delayMs);
  }
}

/**
 * A provider whose work runs every `intervalMs` from application start until shutdown; a failed
 * run is logged and tried again at the next interval.
 */
export abstract class PeriodicWork implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task: PeriodicTask;

  protected constructor(intervalMs: number, what: string, logger: Logger) {
    this.task = new PeriodicTask(
      intervalMs,
      () => this.work(new Date()),
      (error) => logger.warn(`${what} failed, will retry: ${error.message}`),
    );
  }

  protected abstract work(now: Date): Promise<unknown>;

  onApplicationBootstrap() {
    this.task.start();
  }

  onApplicationShutdown() {
    return this.task.stop();
  }
}
