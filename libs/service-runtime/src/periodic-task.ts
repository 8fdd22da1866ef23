import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
/**
 * Runs `task` every `intervalMs`, never two at once: the next run is timed from the end of the
 * last, so a slow database stretches the rhythm instead of piling runs up. Failures are reported
 * and the next run tries again.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly intervalMs: number,
    private readonly task: () => Promise<unknown>,
    private readonly onError: (error: Error) => void,
  ) {}

  start(): void {
    this.timer = setTimeout(() => {
      this.running = this.task()
        .then(() => undefined, this.onError)
        .finally(() => {
          if (this.timer) this.start();
        });
    }, this.intervalMs);
  }

  /** Stops, waiting for a run in progress to end. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
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
