using System.Diagnostics;
using System.Globalization;

namespace CountyIP.Bench;

/// <summary>Figures of one run, each optionally checked against the issue's goal, printed as a table.</summary>
internal sealed class BenchReport(string name)
{
    private readonly List<(string Metric, string Value, string? Goal, bool? Met)> rows = [];

    public bool AllGoalsMet => rows.All(r => r.Met != false);

    public void Add(string metric, double value, string unit, string? goal = null, bool? met = null) =>
        rows.Add((metric, $"{value.ToString("0.###", CultureInfo.InvariantCulture)} {unit}".Trim(), goal, met));

    /// <summary>Records a measured rate against its baseline rate from the same run.</summary>
    public void AddRatio(string metric, double measured, double baseline, double? atLeast = null, double? atMost = null)
    {
        var ratio = baseline == 0 ? double.NaN : measured / baseline;
        string? goal = atLeast is not null ? $">= {atLeast:0.##}" : atMost is not null ? $"<= {atMost:0.##}" : null;
        bool? met = atLeast is not null ? ratio >= atLeast : atMost is not null ? ratio <= atMost : null;
        Add(metric, ratio, "x", goal, met);
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"benchmark: {name}   machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}");
        Console.WriteLine($"{"metric",-48} {"value",-20} {"goal",-12} met");
        foreach (var (metric, value, goal, met) in rows)
        {
            Console.WriteLine($"{metric,-48} {value,-20} {goal ?? "",-12} {(met is null ? "" : met.Value ? "yes" : "NO")}");
        }
    }

    /// <summary>Starts the peak working set (VmHWM) over from the current one (Linux <c>clear_refs</c> 5), so a phase's
    /// peak can be read without the phases before it. Elsewhere nothing happens and the peak stays the process's.</summary>
    public static void ResetPeakMemory()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak stays the whole process's.
        }
    }

    /// <summary>Peak working set of this process so far, in MiB (Linux VmHWM).</summary>
    public static double PeakMemoryMiB()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }
        catch (IOException)
        {
            // Not Linux: fall back to the process counter below.
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
