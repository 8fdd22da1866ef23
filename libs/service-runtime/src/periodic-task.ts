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
