namespace CountyIP.Modules.Registry.Domain;

/// <summary>Guesses whether an applicant is an organisation or a person when the data does not say (申请人类型 missing).</summary>
public static class ApplicantKinds
{
    /// <summary>Name endings and words that only organisations carry.</summary>
    private static readonly string[] OrganisationMarkers =
        ["公司", "集团", "厂", "大学", "学院", "学校", "研究", "院", "所", "中心", "医院", "局", "委员会", "协会", "合作社", "站", "部", "室", "店", "行"];

    public static ApplicantKind Guess(string name)
    {
        var trimmed = name.Trim();
        if (OrganisationMarkers.Any(m => trimmed.Contains(m, StringComparison.Ordinal)))
        {
            return ApplicantKind.Organisation;
        }

        // A Chinese personal name has 2-4 characters; a Latin-script name of a person has no company suffix.
        return trimmed.Length <= 4 || !trimmed.Any(c => c >= '\u4E00') ? ApplicantKind.Individual : ApplicantKind.Organisation;
    }
}
