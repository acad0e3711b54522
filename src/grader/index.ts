/** The grader's data model and pure checks: exercise format, scenarios, checks, leak detection, GradeReport. */
export * from './checks.ts';
export * from './scenario.ts';
export * from './exercise.ts';
export * from './go-signature.ts';
export * from './go-source.ts';
export * from './report.ts';
export * from './leaks.ts';
export * from './evaluate.ts';
export * from './loader.ts';
export * from './define.ts';
export * from './error-tags.ts';
export * from './grade.ts';
export * from './format-report.ts';
export * from './scenario-world.ts';
export * from './call-plan.ts';
export * from './callback.ts';
export * from './run-scenario.ts';
