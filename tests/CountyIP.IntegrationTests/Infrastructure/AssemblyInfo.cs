// Test classes run in parallel (each has its own app and database); the 2-core CI machine limits threads.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]

// The demo district, generated once per run on first use and shared by the tests that only read it.
[assembly: AssemblyFixture(typeof(CountyIP.IntegrationTests.Crawler.DemoDistrict))]
