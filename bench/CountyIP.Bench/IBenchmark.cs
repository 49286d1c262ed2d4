namespace CountyIP.Bench;

/// <summary>One benchmark: runs the measured path and its baseline in the same run, and records figures.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(string[] args, BenchReport report);
}
