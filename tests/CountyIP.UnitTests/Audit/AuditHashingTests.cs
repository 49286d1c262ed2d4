using System.Text;
using CountyIP.Platform.Audit;

namespace CountyIP.UnitTests.Audit;

public sealed class AuditHashingTests
{
    private static AuditRecord Sample() => new()
    {
        Sequence = 7,
        TimestampUtc = new DateTime(2026, 11, 25, 2, 30, 1, DateTimeKind.Utc).AddTicks(1234560),
        Actor = "auditor-1",
        Role = "Auditor",
        ClientIp = "127.0.0.1",
        Action = AuditActions.Update,
        EntityType = "AppUser",
        EntityKey = "3f0c",
        Outcome = AuditOutcome.Success,
        Before = """{"Name":"旧"}""",
        After = """{"Name":"新"}""",
        Detail = null,
        RequestId = "0af7651916cd43dd8448eb211c80319c",
        PreviousHash = AuditHashing.GenesisHash,
    };

    [Fact]
    public void Canonical_SameRecord_IsStableVersionedJsonArray()
    {
        var text = Encoding.UTF8.GetString(AuditHashing.Canonical(Sample()));

        text.ShouldBe("""["countyip-audit-v1",7,"0000000000000000000000000000000000000000000000000000000000000000","2026-11-25T02:30:01.123456Z","auditor-1","Auditor","127.0.0.1","update","AppUser","3f0c","Success","{\u0022Name\u0022:\u0022旧\u0022}","{\u0022Name\u0022:\u0022新\u0022}",null,"0af7651916cd43dd8448eb211c80319c"]""");
        AuditHashing.ComputeHash(Sample()).ShouldBe(AuditHashing.ComputeHash(Sample()));
        AuditHashing.ComputeHash(Sample()).Length.ShouldBe(64);
    }

    public static TheoryData<string> Fields =>
    [
        "Sequence", "TimestampUtc", "Actor", "Role", "ClientIp", "Action", "EntityType", "EntityKey", "Outcome", "Before", "After", "Detail", "RequestId", "PreviousHash",
    ];

    [Theory]
    [MemberData(nameof(Fields))]
    public void ComputeHash_AnyFieldChanged_HashChanges(string field)
    {
        var changed = Sample();
        switch (field)
        {
            case "Sequence": changed.Sequence++; break;
            case "TimestampUtc": changed.TimestampUtc = changed.TimestampUtc.AddTicks(10); break;
            case "Actor": changed.Actor = "mallory"; break;
            case "Role": changed.Role = null; break;
            case "ClientIp": changed.ClientIp = "10.0.0.1"; break;
            case "Action": changed.Action = AuditActions.Delete; break;
            case "EntityType": changed.EntityType = "Other"; break;
            case "EntityKey": changed.EntityKey = "3f0d"; break;
            case "Outcome": changed.Outcome = AuditOutcome.Denied; break;
            case "Before": changed.Before = null; break;
            case "After": changed.After = """{"Name":"改"}"""; break;
            case "Detail": changed.Detail = string.Empty; break;
            case "RequestId": changed.RequestId = null; break;
            default: changed.PreviousHash = new string('1', 64); break;
        }

        AuditHashing.ComputeHash(changed).ShouldNotBe(AuditHashing.ComputeHash(Sample()));
    }

    [Fact]
    public void ComputeHash_NullAndEmptyText_Differ()
    {
        var empty = Sample();
        empty.Detail = string.Empty;

        AuditHashing.ComputeHash(empty).ShouldNotBe(AuditHashing.ComputeHash(Sample()));
    }

    [Fact]
    public void TruncateToMicroseconds_SubMicrosecondTicks_Dropped()
    {
        var value = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1234567);

        AuditHashing.TruncateToMicroseconds(value).Ticks.ShouldBe(value.Ticks - 7);
    }

    [Fact]
    public void Chain_ThreeDrafts_EachLinksToThePreviousHash()
    {
        var who = new AuditActor("a", null, null, null);
        var drafts = Enumerable.Range(0, 3)
            .Select(i => new AuditDraft(DateTime.UtcNow, who, AuditActions.Create, AuditOutcome.Success, "T", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, "{}", null))
            .ToList();
        var headHash = new string('a', 64);

        var records = AuditDraft.Chain(drafts, 41, headHash);

        records.Select(r => r.Sequence).ShouldBe([42L, 43L, 44L]);
        records[0].PreviousHash.ShouldBe(headHash);
        records[1].PreviousHash.ShouldBe(records[0].Hash);
        records[2].PreviousHash.ShouldBe(records[1].Hash);
        records.ShouldAllBe(r => r.Hash == AuditHashing.ComputeHash(r));
    }

    [Fact]
    public void ToRecord_OverlongActor_CutToColumnLength()
    {
        var draft = new AuditDraft(DateTime.UtcNow, new AuditActor(new string('x', 300), null, null, null), "a", AuditOutcome.Success, null, null, null, null, null);

        draft.ToRecord(1, AuditHashing.GenesisHash).Actor.Length.ShouldBe(AuditDraft.ActorLength);
    }
}
