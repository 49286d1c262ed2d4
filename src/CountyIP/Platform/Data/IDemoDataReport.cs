namespace CountyIP.Platform.Data;

/// <summary>
/// A module's demo seeder saying what its part of the demo district holds, one line for the <c>seed-demo</c> command's
/// output (the command belongs to no module; each module reports its own records).
/// </summary>
public interface IDemoDataReport
{
    /// <summary>Lower prints first, like <see cref="IDataSeeder.Order"/>.</summary>
    int Order { get; }

    /// <summary>One line of counts, in English like the rest of the console output.</summary>
    Task<string> DescribeAsync(CancellationToken cancellationToken);
}
