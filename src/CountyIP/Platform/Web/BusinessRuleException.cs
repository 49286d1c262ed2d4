namespace CountyIP.Platform.Web;

/// <summary>
/// A broken business rule (DESIGN.md rule 5): the API answers 409 ProblemDetails with <see cref="Code"/>, a page shows
/// <see cref="Exception.Message"/> under the form. The message is already localised for the current user.
/// </summary>
public sealed class BusinessRuleException : Exception
{
    public BusinessRuleException(string code, string message) : base(message) => Code = code;

    public BusinessRuleException() => Code = string.Empty;

    public BusinessRuleException(string message) : base(message) => Code = string.Empty;

    public BusinessRuleException(string message, Exception innerException) : base(message, innerException) => Code = string.Empty;

    public string Code { get; }
}
