// Test classes run in parallel (each has its own app and database); the 2-core CI machine limits threads.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
