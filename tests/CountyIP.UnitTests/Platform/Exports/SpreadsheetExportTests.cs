using System.Globalization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace CountyIP.UnitTests.Platform.Exports;

/// <summary>
/// Issue 10 §5: the one spreadsheet export writes each cell kind one way, reads every page, refuses more rows than the
/// cap with a localized message, names the file by its localized title and date, and records the export itself.
/// </summary>
public sealed class SpreadsheetExportTests : IDisposable
{
    private static readonly ResourceManagerStringLocalizerFactory Localizers = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
    private static readonly IStringLocalizer<AuditText> Text = new StringLocalizer<AuditText>(Localizers);

    private readonly CultureInfo culture = CultureInfo.CurrentUICulture;
    private readonly RecordingTrail trail = new();

    public SpreadsheetExportTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

    public void Dispose() => CultureInfo.CurrentUICulture = culture;

    private sealed record Row(long Number, DateOnly? Day, decimal Amount, AuditOutcome Outcome, bool Flag, string Name);

    private static readonly SpreadsheetColumn<Row>[] Columns =
    [
        SpreadsheetColumn<Row>.Number("Audit_Sequence", r => r.Number),
        SpreadsheetColumn<Row>.Date("Audit_Time", r => r.Day),
        SpreadsheetColumn<Row>.Money("Audit_Detail", r => r.Amount),
        SpreadsheetColumn<Row>.Enum("Audit_Outcome", r => r.Outcome),
        SpreadsheetColumn<Row>.YesNo("Audit_Actor", r => r.Flag),
        SpreadsheetColumn<Row>.Text("Audit_EntityKey", r => r.Name),
    ];

    private static List<Row> Rows(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Row(i, new DateOnly(2014, 3, i), 1234.565m + i, AuditOutcome.Denied, i % 2 == 0, $"第{i}行"))];

    private SpreadsheetExport Export(int maxRows = 100) => new(
        trail,
        new StringLocalizer<SharedResource>(Localizers),
        Options.Create(new SpreadsheetExportOptions { MaxRows = maxRows }),
        new FixedClock(new DateTimeOffset(2026, 12, 4, 17, 30, 0, TimeSpan.Zero)));

    private static SpreadsheetSheet<Row> Sheet(object? filter = null) => new(Text, "审计/日志", "Sample", "key-1", filter, Columns);

    private static async Task<List<IDictionary<string, object>>> ReadAsync(ExportFile file)
    {
        await using var content = file.Content;
        var rows = await content.QueryAsync(useHeaderRow: true, excelType: ExcelType.XLSX, cancellationToken: TestContext.Current.CancellationToken);
        return [.. rows.Cast<IDictionary<string, object>>()];
    }

    [Fact]
    public async Task FromQuery_EachCellKind_WrittenItsOneWayUnderLocalizedHeaders()
    {
        var file = await Export().FromQueryAsync(Sheet(), Rows(2).AsQueryable(), TestContext.Current.CancellationToken);

        var rows = await ReadAsync(file);
        rows.Count.ShouldBe(2);
        rows[0].Keys.ShouldBe(["链序号", "时间", "说明", "结果", "操作人", "对象标识"]);
        Convert.ToInt64(rows[1]["链序号"], CultureInfo.InvariantCulture).ShouldBe(2);
        rows[1]["时间"].ShouldBe("2014-03-02");
        Convert.ToDecimal(rows[1]["说明"], CultureInfo.InvariantCulture).ShouldBe(1236.57m);
        rows[1]["结果"].ShouldBe("拒绝");
        rows[0]["操作人"].ShouldBe("否");
        rows[1]["操作人"].ShouldBe("是");
        rows[1]["对象标识"].ShouldBe("第2行");
    }

    [Fact]
    public async Task FromQuery_Written_FileNamedByTitleAndBeijingDate()
    {
        // 17:30 UTC on 4 December is 01:30 on 5 December in Beijing.
        var file = await Export().FromQueryAsync(Sheet(), Rows(1).AsQueryable(), TestContext.Current.CancellationToken);
        await file.Content.DisposeAsync();

        file.FileName.ShouldBe("审计_日志-20261205.xlsx");
        file.Rows.ShouldBe(1);
    }

    [Fact]
    public async Task FromQuery_Written_RecordsWhoWhatFilterAndRowCount()
    {
        var file = await Export().FromQueryAsync(Sheet(new { Q = "甲", Kind = AuditOutcome.Success, Page = (int?)null }), Rows(3).AsQueryable(), TestContext.Current.CancellationToken);
        await file.Content.DisposeAsync();

        var recorded = trail.Events.ShouldHaveSingleItem();
        recorded.Action.ShouldBe(AuditActions.Export);
        recorded.Outcome.ShouldBe(AuditOutcome.Success);
        recorded.EntityType.ShouldBe("Sample");
        recorded.EntityKey.ShouldBe("key-1");
        recorded.Detail.ShouldBe("3 rows {\"Q\":\"甲\",\"Kind\":\"Success\"}");
    }

    [Fact]
    public async Task FromQuery_MoreRowsThanCap_RefusedWithLocalizedMessageAndNothingRecorded()
    {
        var refused = await Should.ThrowAsync<BusinessRuleException>(() =>
            Export(maxRows: 2).FromQueryAsync(Sheet(), Rows(3).AsQueryable(), TestContext.Current.CancellationToken));

        refused.Code.ShouldBe(SpreadsheetExport.TooManyRowsCode);
        refused.Message.ShouldContain("3");
        refused.Message.ShouldContain("上限 2 行");
        trail.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task FromPages_SeveralPages_ReadsEveryPageOnce()
    {
        var all = Rows(5);
        var asked = new List<int>();

        var file = await Export().FromPagesAsync(Sheet(), 2, (page, size, _) =>
        {
            asked.Add(page);
            return Task.FromResult(new PagedResult<Row>([.. all.Skip((page - 1) * size).Take(size)], all.Count, page, size));
        }, TestContext.Current.CancellationToken);

        (await ReadAsync(file)).Select(r => r["对象标识"]).ShouldBe(all.Select(r => (object)r.Name));
        asked.ShouldBe([1, 2, 3]);
        trail.Events.ShouldHaveSingleItem().Detail.ShouldBe("5 rows");
    }

    [Fact]
    public async Task FromPages_FirstPageTotalOverCap_RefusedBeforeAnyOtherPage()
    {
        var asked = 0;

        await Should.ThrowAsync<BusinessRuleException>(() => Export(maxRows: 4).FromPagesAsync(Sheet(), 2, (page, size, _) =>
        {
            asked++;
            return Task.FromResult(new PagedResult<Row>(Rows(2), 5, page, size));
        }, TestContext.Current.CancellationToken));

        asked.ShouldBe(1);
    }

    [Theory]
    [InlineData("专利台账", "专利台账")]
    [InlineData("a:b/c?d*e[f]", "abcdef")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一")]
    public void SheetName_Title_FitsExcelRules(string title, string expected) =>
        SpreadsheetExport.SheetName(title).ShouldBe(expected);

    private sealed class RecordingTrail : IAuditTrail
    {
        public List<AuditEvent> Events { get; } = [];

        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
        {
            Events.Add(auditEvent);
            return Task.CompletedTask;
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
