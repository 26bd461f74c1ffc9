// `npm run bench`: every benchmark in turn. Benchmarks print figures; they are not tests and do not run in CI.
await import('./employees.bench');
await import('./audit.bench');
await import('./skp.bench');
await import('./backup.bench');
await import('./evaluation.bench');
await import('./documents.bench');

export {};
