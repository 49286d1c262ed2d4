using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.UnitTests.Registry;

/// <summary>The one legal-status rule (ADR 0016): term, annual fees with grace, recorded events; C# and SQL forms agree.</summary>
public sealed class PatentLegalStatusRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static Patent Make(PatentType type, DateOnly filed, DateOnly? granted, DateOnly? feesPaidUntil, string office = Patent.ChineseOffice)
    {
        var patent = new Patent { Office = office, ApplicationNumber = "201120000001", Title = "测试", Type = type, FilingDate = filed, GrantDate = granted, AnnualFeePaidUntil = feesPaidUntil };
        patent.ChangeStatus(PatentLegalStatus.Pending, filed, null);
        if (granted is { } g)
        {
            patent.ChangeStatus(PatentLegalStatus.Granted, g, null);
        }

        return patent;
    }

    [Theory]
    [InlineData(PatentType.Invention, "2011-03-10", "2031-03-09")]
    [InlineData(PatentType.UtilityModel, "2011-03-10", "2021-03-09")]
    [InlineData(PatentType.Design, "2021-05-31", "2031-05-30")]
    [InlineData(PatentType.Design, "2021-06-01", "2036-05-31")]
    public void TermEndsOn_TypeAndFilingDate_LastDayOfArt42Term(PatentType type, string filed, string lastDay)
    {
        var patent = Make(type, DateOnly.Parse(filed), null, null);

        patent.TermEndsOn.ShouldBe(DateOnly.Parse(lastDay));
    }

    [Fact]
    public void TermEndsOn_TypeChangedAfterFilingDate_FollowsTheType()
    {
        var patent = Make(PatentType.UtilityModel, new(2011, 3, 10), null, null);

        patent.Type = PatentType.Invention;

        patent.TermEndsOn.ShouldBe(new DateOnly(2031, 3, 9));
    }

    [Fact]
    public void TermEndsOn_ForeignOffice_Null()
    {
        Make(PatentType.Invention, new(2011, 3, 10), null, null, "US").TermEndsOn.ShouldBeNull();
    }

    [Fact]
    public void StatusOn_UtilityModelFeesPaidTo2017RecordedGranted_LapsedAsOfTheDueDay()
    {
        // The user's case: 10-year term over and fees paid only to 2017, yet recorded 有效.
        var patent = Make(PatentType.UtilityModel, new(2011, 3, 10), new(2011, 9, 1), new(2017, 3, 9));

        var status = patent.StatusOn(Today, Today);

        status.Status.ShouldBe(PatentLegalStatus.Lapsed);
        status.EndedOn.ShouldBe(new DateOnly(2017, 3, 10));
        patent.LegalStatus.ShouldBe(PatentLegalStatus.Granted);
    }

    [Fact]
    public void StatusOn_FeesPaidThroughTheTerm_InForceOnTheLastDayExpiredTheDayAfter()
    {
        var patent = Make(PatentType.UtilityModel, new(2011, 3, 10), new(2011, 9, 1), new(2021, 3, 9));

        patent.StatusOn(new(2021, 3, 9), Today).Status.ShouldBe(PatentLegalStatus.Granted);
        var after = patent.StatusOn(new(2021, 3, 10), Today);
        after.Status.ShouldBe(PatentLegalStatus.Expired);
        after.EndedOn.ShouldBe(new DateOnly(2021, 3, 10));
    }

    [Fact]
    public void StatusOn_FeesUnknown_NoLapseInvented()
    {
        var patent = Make(PatentType.Invention, new(2011, 3, 10), new(2013, 9, 1), null);

        patent.StatusOn(Today, Today).Status.ShouldBe(PatentLegalStatus.Granted);
    }

    [Fact]
    public void StatusOn_FeeUnpaidOnTheLastGraceDay_InForceWithFeeDue()
    {
        // Due 2025-10-01; 6 months of grace end on 2026-04-01 (实施细则 art. 98); on that day it can still be paid.
        var patent = Make(PatentType.Invention, new(2011, 10, 1), new(2013, 9, 1), new(2025, 9, 30));

        var status = patent.StatusOn(new(2026, 4, 1), new(2026, 4, 1));

        status.Status.ShouldBe(PatentLegalStatus.Granted);
        status.FeeDueOn.ShouldBe(new DateOnly(2025, 10, 1));
        status.GraceEndsOn.ShouldBe(new DateOnly(2026, 4, 1));
    }

    [Fact]
    public void StatusOn_FeeUnpaidAfterTheGracePeriod_LapsedBackToTheDueDay()
    {
        var patent = Make(PatentType.Invention, new(2011, 10, 1), new(2013, 9, 1), new(2025, 9, 30));
        var today = new DateOnly(2026, 4, 2);

        patent.StatusOn(today, today).Status.ShouldBe(PatentLegalStatus.Lapsed);
        patent.StatusOn(new(2025, 10, 1), today).Status.ShouldBe(PatentLegalStatus.Lapsed);
        patent.StatusOn(new(2025, 9, 30), today).Status.ShouldBe(PatentLegalStatus.Granted);
    }

    [Fact]
    public void StatusOn_BeforeGrant_Pending()
    {
        var patent = Make(PatentType.Invention, new(2011, 10, 1), new(2013, 9, 1), null);

        patent.StatusOn(new(2013, 8, 31), Today).Status.ShouldBe(PatentLegalStatus.Pending);
    }

    [Fact]
    public void StatusOn_RejectedApplication_RejectedFromItsDay()
    {
        var patent = Make(PatentType.Invention, new(2011, 10, 1), null, null);
        patent.ChangeStatus(PatentLegalStatus.Rejected, new(2014, 5, 6), "驳回");

        patent.StatusOn(new(2014, 5, 5), Today).Status.ShouldBe(PatentLegalStatus.Pending);
        patent.StatusOn(new(2014, 5, 6), Today).ShouldBe(new PatentStatusOn(PatentLegalStatus.Rejected, new DateOnly(2014, 5, 6), null));
    }

    [Fact]
    public void StatusOn_InvalidatedBeforeTheFeeLapse_Invalidated()
    {
        var patent = Make(PatentType.UtilityModel, new(2011, 3, 10), new(2011, 9, 1), new(2017, 3, 9));
        patent.ChangeStatus(PatentLegalStatus.Invalidated, new(2015, 1, 20), "宣告专利权全部无效");

        patent.StatusOn(Today, Today).Status.ShouldBe(PatentLegalStatus.Invalidated);
    }

    [Fact]
    public void StatusOn_AbandonedAfterTheFeeLapse_LapsedComesFirst()
    {
        var patent = Make(PatentType.UtilityModel, new(2011, 3, 10), new(2011, 9, 1), new(2014, 3, 9));
        patent.ChangeStatus(PatentLegalStatus.Abandoned, new(2016, 1, 1), "放弃专利权");

        patent.StatusOn(Today, Today).Status.ShouldBe(PatentLegalStatus.Lapsed);
    }

    [Fact]
    public void StatusOn_RecordedEndOnTheFeeDueDay_FeeLapseWins()
    {
        var patent = Make(PatentType.UtilityModel, new(2011, 3, 10), new(2011, 9, 1), new(2014, 3, 9));
        patent.ChangeStatus(PatentLegalStatus.Invalidated, new(2014, 3, 10), null);

        patent.StatusOn(Today, Today).Status.ShouldBe(PatentLegalStatus.Lapsed);
    }

    [Fact]
    public void StatusOn_Restored_InForceAgain()
    {
        var patent = Make(PatentType.Invention, new(2011, 3, 10), new(2013, 9, 1), new(2027, 3, 9));
        patent.ChangeStatus(PatentLegalStatus.Lapsed, new(2015, 3, 10), "未缴年费专利权终止");
        patent.ChangeStatus(PatentLegalStatus.Granted, new(2015, 6, 1), "恢复权利");

        patent.RightEndedOn.ShouldBeNull();
        patent.RightEndedBy.ShouldBeNull();
        patent.StatusOn(Today, Today).Status.ShouldBe(PatentLegalStatus.Granted);
    }

    [Fact]
    public void StatusOn_ForeignPatentPastTwentyYears_OnlyRecordedEventsCount()
    {
        var patent = Make(PatentType.Invention, new(2001, 3, 10), new(2003, 9, 1), null, "US");

        patent.StatusOn(Today, Today).Status.ShouldBe(PatentLegalStatus.Granted);
    }

    [Fact]
    public void FinalLapseLimit_AnyToday_IsTheLastPaidUntilWhoseGraceIsOver()
    {
        for (var today = new DateOnly(2023, 1, 1); today < new DateOnly(2025, 1, 1); today = today.AddDays(1))
        {
            var limit = PatentLegalStatusRule.FinalLapseLimit(today);

            PatentLegalStatusRule.LapseIsFinal(limit, today).ShouldBeTrue(today.ToString());
            PatentLegalStatusRule.LapseIsFinal(limit.AddDays(1), today).ShouldBeFalse(today.ToString());
        }
    }

    [Fact]
    public void InForceOnAndStatusIs_GeneratedPatents_AgreeWithStatusOn()
    {
        var random = new Random(2016);
        var statuses = Enum.GetValues<PatentLegalStatus>();
        var inForce = new Dictionary<(DateOnly, DateOnly), Func<Patent, bool>>();
        var statusIs = new Dictionary<(PatentLegalStatus, DateOnly, DateOnly), Func<Patent, bool>>();
        var discrepancy = new Dictionary<DateOnly, Func<Patent, bool>>();
        var days = Enumerable.Range(0, 12).Select(i => new DateOnly(2010, 1, 1).AddDays(random.Next(0, 365 * 22))).ToArray();
        var todays = new[] { new DateOnly(2026, 12, 4), new DateOnly(2024, 2, 29), new DateOnly(2019, 8, 31) };
        for (var n = 0; n < 4000; n++)
        {
            var patent = RandomPatent(random, days);
            foreach (var today in todays)
            {
                var date = random.Next(3) == 0 ? today : days[random.Next(days.Length)];
                var derived = patent.StatusOn(date, today);
                var label = $"case {n}: {patent.StatusFacts} on {date} as of {today} → {derived}";
                Cached(inForce, (date, today), () => PatentLegalStatusRule.InForceOn(date, today).Compile())(patent).ShouldBe(derived.InForce, label);
                foreach (var s in statuses)
                {
                    Cached(statusIs, (s, date, today), () => PatentLegalStatusRule.StatusIs(s, date, today).Compile())(patent).ShouldBe(derived.Status == s, $"{label}: {s}");
                }

                var recordedDiffers = patent.LegalStatus != patent.StatusOn(today, today).Status;
                Cached(discrepancy, today, () => PatentLegalStatusRule.Discrepancy(today).Compile())(patent).ShouldBe(recordedDiffers, label);
            }
        }
    }

    private static TValue Cached<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, Func<TValue> make)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var value))
        {
            value = cache[key] = make();
        }

        return value;
    }

    /// <summary>Any mix of facts, including inconsistent ones an import can bring (ends before grant, fees before grant).</summary>
    private static Patent RandomPatent(Random random, DateOnly[] days)
    {
        DateOnly Near() => random.Next(4) == 0 ? days[random.Next(days.Length)].AddDays(random.Next(-1, 2)) : new DateOnly(2000, 1, 1).AddDays(random.Next(0, 365 * 27));
        var filed = Near();
        var patent = new Patent
        {
            Office = random.Next(8) == 0 ? "EP" : Patent.ChineseOffice,
            ApplicationNumber = "X",
            Title = "T",
            Type = (PatentType)random.Next(3),
            FilingDate = filed,
            GrantDate = random.Next(5) == 0 ? null : filed.AddDays(random.Next(100, 1500)),
        };
        patent.AnnualFeePaidUntil = random.Next(4) switch
        {
            0 => null,
            1 => patent.TermEndsOn,
            2 => Near(),
            _ => patent.TermEndsOn?.AddDays(-random.Next(0, 3)) ?? Near(),
        };
        patent.ChangeStatus(PatentLegalStatus.Pending, filed, null);
        var events = random.Next(0, 4);
        var date = filed;
        for (var i = 0; i < events; i++)
        {
            date = random.Next(3) == 0 && patent.TermEndsOn is { } t ? t.AddDays(random.Next(0, 3)) : date.AddDays(random.Next(1, 3000));
            patent.ChangeStatus((PatentLegalStatus)random.Next(Enum.GetValues<PatentLegalStatus>().Length), date, null);
        }

        return patent;
    }
}
