import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The web app's build sits beside the gateway's (dist/apps/web next to dist/apps/gateway).
const WEB_APP_DIR = join(__dirname, '..', 'web');
const API_PATHS = /^\/(graphql|health|fhir)(\/|$)/;

/**
 * Serves the staff and coaches' web app. Registered when the module starts, i.e. after the API
 * routes, so GraphQL, FHIR and health always win; any other page a browser asks for gets index.html
 * and the app's own router takes over.
 */
@Module({})
export class WebAppModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit() {
    const index = join(WEB_APP_DIR, 'index.html');
    if (!existsSync(index)) {
      new Logger(WebAppModule.name).warn(`no web app at ${WEB_APP_DIR}: build it with npx nx build web`);
      return;
    }
    const app = this.adapterHost.httpAdapter.getInstance<Express>();
    app.use(express.static(WEB_APP_DIR, { index: false, maxAge: '1y', immutable: true }));
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  }
}
