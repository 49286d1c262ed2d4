namespace CountyIP.Platform.Exports;

/// <summary>Settings under <c>CountyIP:Exports</c>.</summary>
public sealed class SpreadsheetExportOptions
{
    public const string SectionName = "CountyIP:Exports";

    /// <summary>
    /// Most rows one export may hold (default 200,000; an .xlsx sheet holds 1,048,575). A larger export is refused with a
    /// message asking for a narrower filter: there is no background export job, and a download of that size would hold
    /// the request for minutes.
    /// </summary>
    public int MaxRows { get; set; } = 200_000;
}
