import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { BackofficeDeps } from './deps.ts';

/** Statistics per consulate and service: charts as server-rendered SVG with their numbers, and CSV. */
export async function registerStatistics(_app: FastifyInstance, _platform: Platform, _deps: BackofficeDeps) {}
