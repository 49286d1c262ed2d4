namespace CountyIP.Platform.Web.Validation;

/// <summary>
/// The one validation path (ADR 0018) as a service, for code that checks an input itself: endpoints that read their
/// body by hand (multipart with files) and the pages' <c>InputValidator</c>. Injected, so module code never passes a
/// service provider around (issue 10 item 3): the request's scope gives <see cref="System.ComponentModel.DataAnnotations.ValidationContext"/>
/// the provider it wants.
/// </summary>
public interface IInputValidator
{
    /// <summary>Field errors of <paramref name="instance"/> with property names (empty when valid).</summary>
    IReadOnlyDictionary<string, string[]> Validate(object instance);

    /// <summary>Messages for one property (pages re-check a field when it changes).</summary>
    IEnumerable<string> ValidateProperty(object instance, System.Reflection.PropertyInfo property);

    /// <summary>
    /// The errors the API's endpoint filter would give for a body read by hand, with API (camelCase) field names; a
    /// missing body is a required <c>body</c>.
    /// </summary>
    Dictionary<string, string[]> ForApi(object? body);
}

/// <summary><see cref="IInputValidator"/> in one scope (a request, a circuit): its provider is the scope's.</summary>
internal sealed class ScopedInputValidator(IServiceProvider services) : IInputValidator
{
    public IReadOnlyDictionary<string, string[]> Validate(object instance) => InputValidation.Validate(instance, services);

    public IEnumerable<string> ValidateProperty(object instance, System.Reflection.PropertyInfo property) =>
        InputValidation.ValidateProperty(instance, property, services);

    public Dictionary<string, string[]> ForApi(object? body) => InputValidation.ForApi(body, services);
}
