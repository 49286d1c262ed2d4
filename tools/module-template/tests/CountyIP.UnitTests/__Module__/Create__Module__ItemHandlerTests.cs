using System.Globalization;
using CountyIP.Modules.__Module__;
using CountyIP.Modules.__Module__.Domain;
using CountyIP.Modules.__Module__.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CountyIP.UnitTests.__Module__;

/// <summary>
/// The create handler on its own, against the app's real model in an in-memory SQLite database (no host, no audit
/// interceptor): it saves the item with who and when, and refuses a code in use as a field error.
/// </summary>
public sealed class Create__Module__ItemHandlerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);

    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly SqliteCountyIpDbContext db;

    public Create__Module__ItemHandlerTests()
    {
        connection.Open();
        db = new SqliteCountyIpDbContext(new DbContextOptionsBuilder<SqliteCountyIpDbContext>().UseSqlite(connection).Options);
        db.Database.EnsureCreated();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Handle_NewCode_SavesTheItemWithWhoAndWhen()
    {
        var view = await Handler().HandleAsync(new Create__Module__ItemCommand { Code = " first ", NameZh = "第一项", NameEn = "First" }, Ct);

        view.Code.ShouldBe("first");
        view.CreatedBy.ShouldBe("staff.one");
        view.CreatedUtc.ShouldBe(Now.UtcDateTime);
        var list = await new List__Module__ItemsHandler(db).HandleAsync(new List__Module__ItemsQuery(), Ct);
        list.Items.ShouldHaveSingleItem().Id.ShouldBe(view.Id);
        list.Total.ShouldBe(1);
    }

    [Fact]
    public async Task Handle_CodeInUse_ThrowsAFieldErrorForCode()
    {
        await Handler().HandleAsync(new Create__Module__ItemCommand { Code = "taken", NameZh = "已有" }, Ct);

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var error = await Should.ThrowAsync<InputValidationException>(() =>
            Handler().HandleAsync(new Create__Module__ItemCommand { Code = "taken", NameZh = "重复" }, Ct));

        error.Errors.Keys.ShouldHaveSingleItem().ShouldBe(nameof(Create__Module__ItemCommand.Code));
        error.Errors[nameof(Create__Module__ItemCommand.Code)].ShouldHaveSingleItem().ShouldBe("编码 taken 已被使用。");
        (await db.Set<__Module__Item>().CountAsync(Ct)).ShouldBe(1);
    }

    private Create__Module__ItemHandler Handler() => new(
        db,
        new StaffUser(),
        new StringLocalizer<__Module__Text>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)),
        new FixedClock());

    public void Dispose()
    {
        db.Dispose();
        connection.Dispose();
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class StaffUser : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId { get; } = Guid.NewGuid();

        public string? UserName => "staff.one";

        public string? Role => Roles.BureauStaff;

        public ScopeKind ScopeKind => ScopeKind.District;

        public string? ScopeId => null;

        public bool IsInRole(string role) => role == Roles.BureauStaff;
    }
}
