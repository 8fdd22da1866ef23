import { Module } from '@nestjs/common';
import { CareLinkDirectory } from './care-link-directory';
import { CareLinksResolver } from './care-links.resolver';

@Module({ providers: [CareLinkDirectory, CareLinksResolver], exports: [CareLinkDirectory] })
export class CareLinksModule {}
