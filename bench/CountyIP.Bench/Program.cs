using CountyIP.Bench;

// Benchmarks are programs, not timed tests (the machines are shared and noisy): each one runs the real code path
// and a baseline beside it in the same process and prints the ratio. See bench/README.md.
IBenchmark[] benchmarks =
[
    new ImportBenchmark(),
    new IndicatorsBenchmark(),
    new PagesBenchmark(),
    new FundingBenchmark(),
    new SearchBenchmark(),
];

if (args.Length == 0 || args[0] is "-h" or "--help" or "list")
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/CountyIP.Bench -- <benchmark> [options]");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-24} {b.Description}");
    }

    return benchmarks.Length == 0 ? 1 : 0;
}

var chosen = benchmarks.FirstOrDefault(b => string.Equals(b.Name, args[0], StringComparison.OrdinalIgnoreCase));
if (chosen is null)
{
    Console.Error.WriteLine($"unknown benchmark '{args[0]}'; run with 'list' to see them");
    return 2;
}

var report = new BenchReport(chosen.Name);
await chosen.RunAsync(args[1..], report);
report.Print();
return report.AllGoalsMet ? 0 : 3;
