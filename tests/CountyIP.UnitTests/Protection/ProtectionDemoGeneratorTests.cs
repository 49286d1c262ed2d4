using CountyIP.Modules.Protection.Demo;
using CountyIP.Modules.Protection.Domain;

namespace CountyIP.UnitTests.Protection;

public sealed class ProtectionDemoGeneratorTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 3, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Departments = ["ip-bureau", "market-regulation", "public-security", "culture-sports", "quality-supervision"];

    [Fact]
    public void Generate_SameSeed_SameCases()
    {
        var first = Generate(7);
        var second = Generate(7);

        second.Cases.Select(Describe).ShouldBe(first.Cases.Select(Describe));
        second.Fairs.Select(f => (f.Name, f.StartsOn, f.Declarations.Count)).ShouldBe(first.Fairs.Select(f => (f.Name, f.StartsOn, f.Declarations.Count)));
        Generate(8).Cases.Select(Describe).ShouldNotBe(first.Cases.Select(Describe));
    }

    [Fact]
    public void Generate_ScaleOne_EveryStateEveryChannelOverdueAndDueSoon()
    {
        var set = Generate(2013);
        var today = new DateOnly(2026, 12, 4);

        set.Cases.Select(c => c.State).Distinct().ShouldBe(Enum.GetValues<CaseState>(), ignoreOrder: true);
        set.Cases.Select(c => c.Channel).Distinct().ShouldBe(Enum.GetValues<CaseChannel>(), ignoreOrder: true);
        var open = set.Cases.SelectMany(c => c.Deadlines).Where(d => d.CompletedOn is null).ToList();
        open.ShouldContain(d => (d.ExtendedDueDate ?? d.DueDate) < today);
        open.ShouldContain(d => (d.ExtendedDueDate ?? d.DueDate) >= today && (d.ExtendedDueDate ?? d.DueDate) <= today.AddDays(3));
        set.Cases.ShouldContain(c => c.IsAssignedTo(ProtectionDemoGenerator.DemoDepartment));
        set.Cases.ShouldAllBe(c => c.ReceivedAtUtc <= Now && c.Transitions.All(t => t.AtUtc <= Now));
        set.Notices.Select(n => n.Kind).Distinct().ShouldBe(Enum.GetValues<NoticeKind>(), ignoreOrder: true);
        set.JointActions.ShouldContain(a => a.LinkedCases.Count > 0);
    }

    [Fact]
    public void Generate_Complainant_OnlyThroughProtector()
    {
        var protectedNames = new List<string>();

        var set = ProtectionDemoGenerator.Generate(2013, 1, Now, new TestDeadlinePolicy(), Departments, identity =>
        {
            protectedNames.Add(identity.Name!);
            return "cipher";
        });

        set.Cases.Where(c => !c.IsAnonymous).ShouldAllBe(c => c.ProtectedIdentity == "cipher" && c.MaskedContact!.Contains("****"));
        set.Cases.ShouldContain(c => c.IsAnonymous);
        set.Cases.ShouldAllBe(c => protectedNames.All(n => !c.Description.Contains(n) && !c.Place.Contains(n)));
    }

    private static ProtectionDemoSet Generate(int seed) =>
        ProtectionDemoGenerator.Generate(seed, 1, Now, new TestDeadlinePolicy(), Departments, _ => "cipher");

    private static string Describe(ProtectionCase c) =>
        $"{c.Number}|{c.State}|{c.Channel}|{c.Respondent}|{c.ReceivedOn}|{c.MaskedContact}|{string.Join(",", c.Transitions.Select(t => $"{t.Action}@{t.AtUtc:O}"))}|{c.LeadDepartmentCode}";
}
