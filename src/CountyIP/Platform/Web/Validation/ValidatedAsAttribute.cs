namespace CountyIP.Platform.Web.Validation;

/// <summary>
/// On a page's form model whose shape differs from the API's request (a list of checkboxes for a list of codes, blank
/// rows to fill in): each property is checked with the rules of the same-named property of <see cref="Input"/>, in
/// addition to its own, so a limit the request declares is not written a second time on the form (issue 10 item 1b,
/// ADR 0018). Where the form can simply be the request type (or derive from it), that is still the first choice.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ValidatedAsAttribute(Type input) : Attribute
{
    /// <summary>The public command/request type whose property rules apply.</summary>
    public Type Input { get; } = input;

    /// <summary>
    /// The input's [Required] rules are not taken: a form row that may stay blank (the page drops blank rows before it
    /// builds the command), while its lengths still apply to what is filled in.
    /// </summary>
    public bool BlankAllowed { get; init; }
}
