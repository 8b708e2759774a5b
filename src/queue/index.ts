/**
 * newsclaims/queue — archive-scale runs on a BullMQ queue (Redis): a producer enqueues batches of
 * articles, workers on any number of machines extract them, a collector gathers the results in input
 * order. bullmq is an optional peer dependency, loaded on first use: `npm install bullmq`.
 */
export { createQueueProducer, DEFAULT_QUEUE } from './producer.js';
export type { QueueProducer, QueueProducerOptions, EnqueueProgress } from './producer.js';
export { createQueueWorker } from './worker.js';
export type { QueueWorker, QueueWorkerOptions, QueueWorkerStats } from './worker.js';
export { createQueueCollector } from './collector.js';
export type { QueueCollector, QueueCollectorOptions, CollectSummary } from './collector.js';
export { QueueUnavailableError } from './connect.js';
export type { ConnectionInput } from './connect.js';
export type { SinkChoice } from './sinks.js';
