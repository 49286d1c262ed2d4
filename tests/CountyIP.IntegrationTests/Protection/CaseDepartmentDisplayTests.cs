using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>Issue 9: a case not yet assigned says so; an assigned one names its departments, never their codes.</summary>
[Collection(ProtectionApp.Name)]
public sealed class CaseDepartmentDisplayTests(ProtectionAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CaseListAndDetail_NotAssigned_SayNotAssignedYet()
    {
        using var publicClient = factory.ClientAs(null);
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var respondent = "未交办被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(publicClient, ProtectionApi.Complaint(respondent));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);

        var list = Html.Parse(await staff.GetStringAsync(new Uri($"/protection/cases?q={Uri.EscapeDataString(respondent)}", UriKind.Relative), Ct));
        var detail = Html.Parse(await staff.GetStringAsync(new Uri($"/protection/cases/{id}", UriKind.Relative), Ct));

        list.ByTestId("not-assigned").Text().ShouldBe("尚未交办");
        detail.ByTestId("assignments-none").Text().ShouldBe("尚未交办");
        detail.ByTestId("history-none").Text().ShouldBe("暂无办理记录");
    }

    [Fact]
    public async Task CaseList_Assigned_ShowsDepartmentName()
    {
        var department = await factory.DepartmentAsync("display");
        using var publicClient = factory.ClientAs(null);
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var respondent = "已交办被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(publicClient, ProtectionApi.Complaint(respondent));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        await ProtectionApi.ActOkAsync(staff, id, new { action = "StartReview" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Accept", note = "证据充分" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Assign", departments = new[] { department } });

        var list = Html.Parse(await staff.GetStringAsync(new Uri($"/protection/cases?q={Uri.EscapeDataString(respondent)}", UriKind.Relative), Ct));
        var detail = Html.Parse(await staff.GetStringAsync(new Uri($"/protection/cases/{id}", UriKind.Relative), Ct));

        list.QuerySelector("tbody tr")!.Text().ShouldContain("测试部门" + department);
        detail.ByTestId("assignments").Text().ShouldContain("测试部门" + department);
    }
}
