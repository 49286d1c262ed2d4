namespace CountyIP.Platform.Web.Validation;

/// <summary>
/// Field errors found by a handler that needs the database to see them (an unknown enterprise named in a field, an
/// identifier that is already registered): the one type for them in every module (ADR 0018). The API answers 400
/// ValidationProblem (<see cref="ProblemExceptionHandler"/>); a page shows each message under its field
/// (<c>InputValidator.Show</c>). Keys are the command's property names.
/// </summary>
public sealed class InputValidationException(IReadOnlyDictionary<string, string[]> errors) : Exception("Invalid input.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>One message for one field.</summary>
    public static InputValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
