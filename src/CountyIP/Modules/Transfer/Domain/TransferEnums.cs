using System.Text.Json.Serialization;

namespace CountyIP.Modules.Transfer.Domain;

/// <summary>The kind of a patent licence (《专利实施许可合同备案办法》): 独占, 排他, 普通.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LicenceKind>))]
public enum LicenceKind
{
    /// <summary>独占许可: only the licensee may use the patent in the territory, not even the licensor.</summary>
    Exclusive = 0,

    /// <summary>排他许可: the licensee and the licensor, nobody else.</summary>
    Sole = 1,

    /// <summary>普通许可: the licensor may license others too.</summary>
    Ordinary = 2,
}

/// <summary>Where a licence filing stands: submitted (pre-checks passed), filed by the bureau, or cancelled.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LicenceState>))]
public enum LicenceState
{
    Submitted = 0,
    Filed = 1,
    Cancelled = 2,
}

[JsonConverter(typeof(JsonStringEnumConverter<PledgeState>))]
public enum PledgeState
{
    Active = 0,
    Released = 1,
}

/// <summary>What a right in a contract is: a patent or a registered trademark of the ledger.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RightKind>))]
public enum RightKind
{
    Patent = 0,
    Trademark = 1,
}

/// <summary>
/// The kinds of industrialisation project (source 二(二)5, 四(一)2): supported by the district (扶持), bringing strong
/// patents from outside into the district (引进), or turning a university's or institute's patents into a local firm's
/// product (院校转化).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectKind>))]
public enum ProjectKind
{
    Supported = 0,
    Introduced = 1,
    UniversityTransfer = 2,
}

[JsonConverter(typeof(JsonStringEnumConverter<ProjectState>))]
public enum ProjectState
{
    /// <summary>Under way.</summary>
    Ongoing = 0,

    /// <summary>验收通过.</summary>
    Accepted = 1,

    /// <summary>验收未通过.</summary>
    Failed = 2,

    /// <summary>Stopped before acceptance.</summary>
    Terminated = 3,
}
