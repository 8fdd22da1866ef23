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
