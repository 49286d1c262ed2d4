namespace CountyIP.Modules.Plans.Domain;

/// <summary>
/// One problem in a plan file: <see cref="Field"/> is the JSON path (e.g. <c>targets[3].periodKind</c>),
/// <see cref="Code"/> what is wrong, <see cref="Value"/> the offending value or the expected form.
/// </summary>
public sealed record PlanFileError(string Field, PlanFileErrorCode Code, string? Value = null)
{
    /// <summary>English text, e.g. <c>targets[3].periodKind: unknown value 'yearly'</c>; the UI shows a localised one.</summary>
    public override string ToString() => $"{Field}: {Describe()}";

    public string Describe() => Code switch
    {
        PlanFileErrorCode.InvalidJson => $"not valid JSON ({Value})",
        PlanFileErrorCode.Required => "is required",
        PlanFileErrorCode.WrongType => $"must be {Value}",
        PlanFileErrorCode.Empty => "must not be empty",
        PlanFileErrorCode.UnknownValue => $"unknown value '{Value}'",
        PlanFileErrorCode.Duplicate => $"duplicate id '{Value}'",
        PlanFileErrorCode.InvalidFormat => $"invalid format, expected {Value}",
        PlanFileErrorCode.OutOfRange => $"out of range: {Value}",
        PlanFileErrorCode.OutOfOrder => $"must not be before {Value}",
        _ => Code.ToString(),
    };
}

public enum PlanFileErrorCode
{
    InvalidJson,
    Required,
    WrongType,
    Empty,
    UnknownValue,
    Duplicate,
    InvalidFormat,
    OutOfRange,
    OutOfOrder,
}
