using System.Text.Json.Serialization;

namespace CountyIP.Modules.Protection.Domain;

/// <summary>What the complaint or report is about (issue 5 §1, §5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseKind>))]
public enum CaseKind
{
    PatentInfringement = 0,
    PatentPassingOff = 1,
    TrademarkInfringement = 2,
    CopyrightInfringement = 3,
    TradeFairInfringement = 4,
    Other = 5,

    /// <summary>An IP dispute brought for adjudication or mediation (专利行政执法办法; 国家知识产权局令第81号).</summary>
    IpDispute = 6,
}

/// <summary>How the case reached the bureau; all channels share one case type.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseChannel>))]
public enum CaseChannel
{
    OnlinePortal = 0,
    Hotline = 1,
    WalkIn = 2,
    Referral = 3,

    /// <summary>An on-site complaint at a trade fair's complaint desk, linked to the fair and handled the same day.</summary>
    TradeFair = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<CaseState>))]
public enum CaseState
{
    Received = 0,
    InitialReview = 1,
    AwaitingInformation = 2,
    Accepted = 3,
    NotAccepted = 4,
    Assigned = 5,
    DepartmentAccepted = 6,
    BeingHandled = 7,
    Concluded = 8,
    ComplainantInformed = 9,
    Closed = 10,
}

[JsonConverter(typeof(JsonStringEnumConverter<CaseAction>))]
public enum CaseAction
{
    StartReview = 0,
    ReturnForInformation = 1,
    SupplyInformation = 2,
    Accept = 3,
    Reject = 4,
    Assign = 5,
    DepartmentAccept = 6,
    StartHandling = 7,
    Transfer = 8,
    Conclude = 9,
    InformComplainant = 10,
    Close = 11,
}

/// <summary>The result recorded when a case is concluded.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseOutcome>))]
public enum CaseOutcome
{
    /// <summary>Violation found and a penalty or order imposed.</summary>
    Penalized = 0,
    NoViolationFound = 1,
    Mediated = 2,
    Decided = 3,
    Withdrawn = 4,
    TransferredToPolice = 5,
    TransferredToCourt = 6,
}
