using CountyIP.Modules.Registry.Domain;

namespace CountyIP.UnitTests.Registry;

/// <summary>Trademark status (商标法 arts. 39–40, ADR 0016): 10-year terms, renewals, 6-month grace; C# and SQL forms agree.</summary>
public sealed class TrademarkStatusRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static Trademark Make(DateOnly? registered, DateOnly? validUntil = null, TrademarkStatus recorded = TrademarkStatus.Registered) => new()
    {
        RegistrationNumber = "12345678",
        Mark = "测试",
        NiceClasses = "9",
        OwnerName = "测试公司",
        RegistrationDate = registered,
        ValidUntil = validUntil,
        Status = recorded,
    };

    [Fact]
    public void TermEndsOn_NoRecordedTerm_TenYearsFromRegistration()
    {
        Make(new(2008, 5, 14)).TermEndsOn.ShouldBe(new DateOnly(2018, 5, 13));
    }

    [Fact]
    public void StatusOn_TermEndedIn2018NotRenewedRecordedRegistered_ExpiredAsOfTheTermEnd()
    {
        var mark = Make(new(2008, 5, 14));

        var status = mark.StatusOn(Today, Today);

        status.Status.ShouldBe(TrademarkStatus.Expired);
        status.EndedOn.ShouldBe(new DateOnly(2018, 5, 14));
        mark.Status.ShouldBe(TrademarkStatus.Registered);
    }

    [Fact]
    public void StatusOn_InsideTheRenewalGracePeriod_StillRegistered()
    {
        // Term ends 2026-06-30; renewal is possible until 2026-12-30 (商标法 art. 40).
        var mark = Make(new(2016, 7, 1));

        var status = mark.StatusOn(Today, Today);

        status.Status.ShouldBe(TrademarkStatus.Registered);
        status.GraceEndsOn.ShouldBe(new DateOnly(2026, 12, 30));
        mark.StatusOn(new(2026, 12, 30), new(2026, 12, 30)).Status.ShouldBe(TrademarkStatus.Registered);
        var after = mark.StatusOn(new(2026, 12, 31), new(2026, 12, 31));
        after.Status.ShouldBe(TrademarkStatus.Expired);
        after.EndedOn.ShouldBe(new DateOnly(2026, 7, 1));
    }

    [Fact]
    public void Renew_TermEnded_TenYearsFromTheDayAfter()
    {
        var mark = Make(new(2008, 5, 14));

        mark.Renew();

        mark.ValidUntil.ShouldBe(new DateOnly(2028, 5, 13));
        mark.StatusOn(Today, Today).Status.ShouldBe(TrademarkStatus.Registered);
    }

    [Fact]
    public void Renew_Pending_Refused()
    {
        Should.Throw<InvalidOperationException>(() => Make(null, recorded: TrademarkStatus.Pending).Renew());
    }

    [Fact]
    public void StatusOn_RecordedInvalidated_InvalidatedWhateverTheDates()
    {
        Make(new(2020, 1, 1), recorded: TrademarkStatus.Invalidated).StatusOn(Today, Today).Status.ShouldBe(TrademarkStatus.Invalidated);
    }

    [Fact]
    public void StatusOn_NotRegistered_Pending()
    {
        Make(null, recorded: TrademarkStatus.Pending).StatusOn(Today, Today).Status.ShouldBe(TrademarkStatus.Pending);
        Make(new(2020, 1, 1)).StatusOn(new(2019, 12, 31), Today).Status.ShouldBe(TrademarkStatus.Pending);
    }

    [Fact]
    public void FinalLimit_AnyToday_IsTheLastTermEndWhoseGraceIsOver()
    {
        for (var today = new DateOnly(2023, 1, 1); today < new DateOnly(2025, 1, 1); today = today.AddDays(1))
        {
            var limit = TrademarkStatusRule.FinalLimit(today);

            (TrademarkStatusRule.GraceEndsOn(limit) < today).ShouldBeTrue(today.ToString());
            (TrademarkStatusRule.GraceEndsOn(limit.AddDays(1)) < today).ShouldBeFalse(today.ToString());
        }
    }

    [Fact]
    public void StatusIsAndDiscrepancy_GeneratedTrademarks_AgreeWithStatusOn()
    {
        var random = new Random(39);
        var statuses = Enum.GetValues<TrademarkStatus>();
        var todays = new[] { new DateOnly(2026, 12, 4), new DateOnly(2024, 2, 29), new DateOnly(2019, 8, 31) };
        var compiled = new Dictionary<(TrademarkStatus, DateOnly, DateOnly), Func<Trademark, bool>>();
        var discrepancy = todays.ToDictionary(t => t, t => TrademarkStatusRule.Discrepancy(t).Compile());
        for (var n = 0; n < 4000; n++)
        {
            DateOnly? registered = random.Next(5) == 0 ? null : new DateOnly(2000, 1, 1).AddDays(random.Next(0, 365 * 26));
            DateOnly? validUntil = random.Next(3) == 0 || registered is null ? null : registered.Value.AddYears(10 * random.Next(1, 3)).AddDays(-1 - random.Next(0, 200));
            var mark = Make(registered, validUntil, statuses[random.Next(statuses.Length)]);
            foreach (var today in todays)
            {
                var date = random.Next(3) == 0 ? today : new DateOnly(2005, 1, 1).AddDays(random.Next(0, 365 * 22));
                var derived = mark.StatusOn(date, today);
                foreach (var s in statuses)
                {
                    if (!compiled.TryGetValue((s, date, today), out var f))
                    {
                        f = compiled[(s, date, today)] = TrademarkStatusRule.StatusIs(s, date, today).Compile();
                    }

                    f(mark).ShouldBe(derived.Status == s, $"case {n} {registered} {validUntil} {mark.Status} on {date} as of {today}: {s}");
                }

                discrepancy[today](mark).ShouldBe(mark.Status != mark.StatusOn(today, today).Status);
            }
        }
    }
}
