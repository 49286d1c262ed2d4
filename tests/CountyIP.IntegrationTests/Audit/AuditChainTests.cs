using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CountyIP.IntegrationTests.Audit.AuditDb;

namespace CountyIP.IntegrationTests.Audit;

/// <summary>Issue 2 §5: one record per write, masked values, the hash chain, append-only storage, rollback.</summary>
public sealed class AuditChainTests(AuditChainTests.App app) : IClassFixture<AuditChainTests.App>
{
    /// <summary>
    /// For the tests that leave the chain whole; the ones that tamper with it, install a failing trigger or start a
    /// second instance start an app of their own.
    /// </summary>
    public sealed class App() : SharedApp<AuditAppFactory>(new AuditAppFactory());

    [Fact]
    public async Task CreateUser_WithPhoneAndName_RecordsCreateWithMaskedPersonalDataAndNoSecrets()
    {
        var factory = app.Factory;
        var id = Guid.NewGuid();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                Id = id, UserName = $"mask-{id:N}"[..20], DisplayName = "张三丰", PhoneNumber = "13812341234",
                Email = "zhang@example.cn", CreatedUtc = DateTime.UtcNow,
            };
            (await users.CreateAsync(user, TestUsers.DefaultPassword)).Succeeded.ShouldBeTrue();
        }

        var record = (await RecordsAsync(factory, nameof(AppUser), id.ToString())).ShouldHaveSingleItem();

        record.Action.ShouldBe(AuditActions.Create);
        record.Outcome.ShouldBe(AuditOutcome.Success);
        record.Actor.ShouldBe("system");
        record.Before.ShouldBeNull();
        var after = JsonDocument.Parse(record.After!).RootElement;
        after.GetProperty(nameof(AppUser.PhoneNumber)).GetString().ShouldBe("138****1234");
        after.GetProperty(nameof(AppUser.DisplayName)).GetString().ShouldBe(AuditMasking.Hidden);
        after.GetProperty(nameof(AppUser.Email)).GetString().ShouldBe(AuditMasking.Hidden);
        after.GetProperty(nameof(AppUser.IsDisabled)).GetBoolean().ShouldBeFalse();
        after.TryGetProperty(nameof(AppUser.PasswordHash), out _).ShouldBeFalse();
        after.TryGetProperty(nameof(AppUser.SecurityStamp), out _).ShouldBeFalse();
        after.TryGetProperty(nameof(AppUser.ConcurrencyStamp), out _).ShouldBeFalse();
        record.After!.ShouldNotContain("13812341234");
        record.After!.ShouldNotContain("张三丰");
        record.Hash.ShouldBe(AuditHashing.ComputeHash(record));
    }

    [Fact]
    public async Task UpdateAndDeleteRole_RecordsChangedValuesBeforeAndAfter()
    {
        var factory = app.Factory;
        var id = await CreateRoleAsync(factory, "before-name");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            var role = await db.Roles.SingleAsync(r => r.Id == id, Ct);
            role.Name = "after-name";
            await db.SaveChangesAsync(Ct);
            db.Roles.Remove(role);
            await db.SaveChangesAsync(Ct);
        }

        var records = await RecordsAsync(factory, RoleType, id.ToString());

        records.Select(r => r.Action).ShouldBe([AuditActions.Create, AuditActions.Update, AuditActions.Delete]);
        JsonDocument.Parse(records[1].Before!).RootElement.GetProperty("Name").GetString().ShouldBe("before-name");
        JsonDocument.Parse(records[1].After!).RootElement.GetProperty("Name").GetString().ShouldBe("after-name");
        JsonDocument.Parse(records[1].After!).RootElement.TryGetProperty("NormalizedName", out _).ShouldBeFalse();
        JsonDocument.Parse(records[2].Before!).RootElement.GetProperty("Name").GetString().ShouldBe("after-name");
        records[2].After.ShouldBeNull();
    }

    [Fact]
    public async Task Verify_AfterRowTampered_ReportsValidThenFirstBrokenSequence()
    {
        await using var factory = new AuditAppFactory();
        await factory.InitializeAsync();
        var tampered = await CreateRoleAsync(factory);
        await CreateRoleAsync(factory);
        var before = await VerifyAsync(factory);
        var target = (await RecordsAsync(factory, RoleType, tampered.ToString())).ShouldHaveSingleItem();

        await ExecuteAsync(factory, DropAppendOnlyTriggers);
        await ExecuteAsync(factory, $"""UPDATE "AuditRecords" SET "Actor" = 'mallory' WHERE "Sequence" = {target.Sequence}""");
        var after = await VerifyAsync(factory);

        before.Valid.ShouldBeTrue(before.Reason);
        before.FirstBrokenSequence.ShouldBeNull();
        before.Checked.ShouldBeGreaterThan(target.Sequence);
        after.Valid.ShouldBeFalse();
        after.FirstBrokenSequence.ShouldBe(target.Sequence);
        after.Checked.ShouldBe(target.Sequence - 1);
        after.Reason.ShouldNotBeNull().ShouldStartWith("content");
    }

    [Fact]
    public async Task Verify_RowDeletedAndNextRehashed_ReportsTheGap()
    {
        await using var factory = new AuditAppFactory();
        await factory.InitializeAsync();
        var removed = await CreateRoleAsync(factory);
        await CreateRoleAsync(factory);
        var target = (await RecordsAsync(factory, RoleType, removed.ToString())).ShouldHaveSingleItem();

        await ExecuteAsync(factory, DropAppendOnlyTriggers);
        await ExecuteAsync(factory, $"""DELETE FROM "AuditRecords" WHERE "Sequence" = {target.Sequence}""");
        var result = await VerifyAsync(factory);

        result.Valid.ShouldBeFalse();
        result.FirstBrokenSequence.ShouldBe(target.Sequence);
        result.Reason.ShouldNotBeNull().ShouldStartWith("missing");
    }

    [Fact]
    public async Task UpdateOrDeleteAuditRow_WithRawSql_RefusedByDatabase()
    {
        var factory = app.Factory;
        var id = await CreateRoleAsync(factory);
        var target = (await RecordsAsync(factory, RoleType, id.ToString())).ShouldHaveSingleItem();

        var update = await Should.ThrowAsync<Exception>(() =>
            ExecuteAsync(factory, $"""UPDATE "AuditRecords" SET "Actor" = 'mallory' WHERE "Sequence" = {target.Sequence}"""));
        var delete = await Should.ThrowAsync<Exception>(() =>
            ExecuteAsync(factory, $"""DELETE FROM "AuditRecords" WHERE "Sequence" = {target.Sequence}"""));
        var deleteHead = await Should.ThrowAsync<Exception>(() => ExecuteAsync(factory, """DELETE FROM "AuditHeads" """));

        update.Message.ShouldContain(AuditIntegritySeeder.Message);
        delete.Message.ShouldContain(AuditIntegritySeeder.Message);
        deleteHead.Message.ShouldContain(AuditIntegritySeeder.Message);
        (await RecordsAsync(factory, RoleType, id.ToString())).ShouldHaveSingleItem().Actor.ShouldBe(target.Actor);
        (await VerifyAsync(factory)).Valid.ShouldBeTrue();
    }

    [Fact]
    public async Task ChangeAuditRow_ThroughEf_RefusedBeforeAnythingIsWritten()
    {
        var factory = app.Factory;
        var id = await CreateRoleAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var key = id.ToString();
        var record = await db.Set<AuditRecord>().SingleAsync(r => r.EntityKey == key, Ct);
        record.Actor = "mallory";

        var error = await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));

        error.Message.ShouldContain("append-only");
        (await RecordsAsync(factory, RoleType, id.ToString())).ShouldHaveSingleItem().Actor.ShouldNotBe("mallory");
    }

    [Fact]
    public async Task SaveChanges_AuditRecordCannotBeWritten_BusinessChangeRolledBack()
    {
        await using var factory = new AuditAppFactory();
        await factory.InitializeAsync();
        await ExecuteAsync(factory, TestDatabase.OnPostgres
            ? """
              CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$;
              CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditRecords" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit();
              """
            : """CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditRecords" BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END;""");
        var name = $"rollback-{Guid.NewGuid():N}";

        var error = await Should.ThrowAsync<Exception>(() => CreateRoleAsync(factory, name));

        error.Message.ShouldContain("audit store unavailable");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        (await db.Roles.AnyAsync(r => r.Name == name, Ct)).ShouldBeFalse();
        var head = await db.Set<AuditHead>().AsNoTracking().SingleAsync(Ct);
        head.LastSequence.ShouldBe(await db.Set<AuditRecord>().MaxAsync(r => r.Sequence, Ct));
    }

    [Fact]
    public async Task SaveChanges_TwentyConcurrentWriters_ChainStaysUnbroken()
    {
        var factory = app.Factory;

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => CreateRoleAsync(factory), Ct)));

        var sequences = new List<long>();
        foreach (var id in ids)
        {
            sequences.Add((await RecordsAsync(factory, RoleType, id.ToString())).ShouldHaveSingleItem().Sequence);
        }

        sequences.Distinct().Count().ShouldBe(20);
        var result = await VerifyAsync(factory);
        result.Valid.ShouldBeTrue(result.Reason);
        result.Checked.ShouldBeGreaterThanOrEqualTo(sequences.Max());
    }

    [Fact]
    public async Task SaveChanges_TwoAppInstancesWritingAtOnce_ChainStaysUnbroken()
    {
        await using var first = new AuditAppFactory();
        await first.InitializeAsync();
        await using var second = CountyIpAppFactory.SharingDatabaseWith(first);
        await second.InitializeAsync();
        _ = second.Server;

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => CreateRoleAsync(i % 2 == 0 ? first : second), Ct)));

        foreach (var id in ids)
        {
            (await RecordsAsync(first, RoleType, id.ToString())).ShouldHaveSingleItem();
        }

        var result = await VerifyAsync(first);
        result.Valid.ShouldBeTrue(result.Reason);
    }

    [Fact]
    public async Task RecordEvent_WithActorOverride_AppendsLinkedRecord()
    {
        var factory = app.Factory;
        var actor = $"someone-{Guid.NewGuid():N}";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(
                new AuditEvent(AuditActions.SignInFailed, AuditOutcome.Failure, Detail: "wrong password") { Actor = actor }, Ct);
        }

        var record = (await RecordsByActionAsync(factory, AuditActions.SignInFailed, actor)).ShouldHaveSingleItem();
        record.Outcome.ShouldBe(AuditOutcome.Failure);
        record.Detail.ShouldBe("wrong password");
        (await VerifyAsync(factory)).Valid.ShouldBeTrue();
    }
}
