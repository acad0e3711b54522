/** The virtual world: clock, timers, scheduler, RNG, contexts, Go errors and the event vocabulary. */
export * from './time.ts';
export * from './site.ts';
export * from './rng.ts';
export * from './errors.ts';
export * from './events.ts';
export * from './world.ts';
export * from './context.ts';
