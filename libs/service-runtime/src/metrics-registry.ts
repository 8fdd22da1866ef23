import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Counter, Gauge, register, type CounterConfiguration, type GaugeConfiguration } from 'prom-client';

/**
 * The process's one registry. Metrics that only count (module-level counters and histograms) live
 * here for the life of the process; metrics read from an application's state at scrape time are
 * created through `Metrics`, so they leave with their application.
 */
export const metricsRegistry = register;

/**
 * Metrics of one application read from its state when Prometheus scrapes (backlogs, lags, open
 * deadlines). Each replaces a metric of the same name, so an application started after another in
 * the same process (tests) reports its own state, and is removed when its application closes.
 */
@Injectable()
export class Metrics implements OnModuleDestroy {
  readonly registry = metricsRegistry;
  private readonly owned: { name: string; metric: Gauge<string> | Counter<string> }[] = [];

  gauge<T extends string>(config: GaugeConfiguration<T>): Gauge<T> {
    this.registry.removeSingleMetric(config.name);
    const metric = new Gauge({ ...config, registers: [this.registry] });
    this.owned.push({ name: config.name, metric });
    return metric;
  }

  counter<T extends string>(config: CounterConfiguration<T>): Counter<T> {
    this.registry.removeSingleMetric(config.name);
    const metric = new Counter({ ...config, registers: [this.registry] });
    this.owned.push({ name: config.name, metric });
    return metric;
  }

  onModuleDestroy() {
    // A later application may have replaced a metric of the same name; that one stays.
    for (const { name, metric } of this.owned) {
      if (this.registry.getSingleMetric(name) === metric) this.registry.removeSingleMetric(name);
    }
  }
}
