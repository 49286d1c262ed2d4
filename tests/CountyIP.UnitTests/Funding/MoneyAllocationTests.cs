using CountyIP.Modules.Funding.UseCases;

namespace CountyIP.UnitTests.Funding;

/// <summary>A recovery's share of a paid amount (issue 12 §4): parts to the fen that add up to the total exactly.</summary>
public sealed class MoneyAllocationTests
{
    [Theory]
    [InlineData(100.00, new[] { 1.0, 1.0, 1.0 }, new[] { 33.34, 33.33, 33.33 })]
    [InlineData(7500.00, new[] { 5000.0, 2500.0 }, new[] { 5000.00, 2500.00 })]
    [InlineData(20000.00, new[] { 7500.0, 7500.0, 7500.0 }, new[] { 6666.67, 6666.67, 6666.66 })]
    [InlineData(0.01, new[] { 1.0, 1.0 }, new[] { 0.01, 0.00 })]
    [InlineData(10.00, new[] { 0.0, 0.0 }, new[] { 5.00, 5.00 })]
    public void Allocate_PartsAddUpToTheFen(double total, double[] weights, double[] expected)
    {
        var parts = Money.Allocate((decimal)total, [.. weights.Select(w => (decimal)w)]);

        parts.ShouldBe(expected.Select(e => (decimal)e).ToArray());
        parts.Sum().ShouldBe((decimal)total);
    }

    [Fact]
    public void Allocate_ManyRandomSplits_AlwaysFenExactAndComplete()
    {
        var random = new Random(12);
        for (var i = 0; i < 2000; i++)
        {
            var total = random.Next(1, 10_000_000) / 100m;
            var weights = Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(0, 100_000) / 100m).ToList();
            var parts = Money.Allocate(total, weights);
            parts.Sum().ShouldBe(total);
            parts.ShouldAllBe(p => p >= 0 && decimal.Round(p, 2) == p);
        }
    }
}
