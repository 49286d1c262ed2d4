using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Transfer.UseCases;
using CountyIP.Platform.Ui;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Transfer.Pages;

/// <summary>
/// What the four "new record" forms (licence, pledge, assignment, project; issue 16 §6) share. A form names rights by
/// number and its enterprise by unified social credit code (an enterprise account files for itself and sees no such
/// field); the page turns them into the API's input, checks that with the one validation path (ADR 0018) and calls the
/// same use case as <c>POST /api/transfer/…</c>. Field errors come back under the form's fields (the API's field names
/// mapped by <see cref="FieldOf"/>), a refused rule (a 409 on the API) above the form.
/// </summary>
public abstract class NewRecordPage : ComponentBase
{
    [Inject] private protected TransferScope Scope { get; set; } = default!;

    [Inject] private protected RightNumbers Numbers { get; set; } = default!;

    [Inject] private IEnterpriseRegistry Enterprises { get; set; } = default!;

    [Inject] private IInputValidator Validator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private protected IStringLocalizer<TransferText> Text { get; set; } = default!;

    /// <summary>The rule a use case refused with (<see cref="BusinessRuleException"/>), shown above the form.</summary>
    protected string? RuleError { get; private set; }

    /// <summary>The enterprise account's own enterprise name (the form then has no credit-code field).</summary>
    protected string? OwnEnterpriseName { get; private set; }

    protected InputValidator? Fields { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Scope.OwnEnterprise is { } own)
        {
            OwnEnterpriseName = (await Enterprises.FindAsync(own, CancellationToken.None))?.Name;
        }
    }

    /// <summary>The enterprise a form acts for: the account's own, else the one registered under <paramref name="creditCode"/>.</summary>
    private protected async Task<Guid> EnterpriseAsync(string? creditCode, string field, CancellationToken cancellationToken) =>
        Scope.OwnEnterprise ?? await RegisteredAsync(creditCode, field, required: true, cancellationToken) ?? Guid.Empty;

    /// <summary>The registered enterprise of <paramref name="creditCode"/>; null when none is given and none is required.</summary>
    private protected async Task<Guid?> RegisteredAsync(string? creditCode, string field, bool required, CancellationToken cancellationToken)
    {
        var code = creditCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return required ? throw InputValidationException.For(field, Text["Error_CreditCodeRequired"]) : null;
        }

        return (await Enterprises.FindByCreditCodeAsync(code, cancellationToken))?.Id
            ?? throw InputValidationException.For(field, Text["Error_UnknownCreditCode", code]);
    }

    /// <summary>
    /// Builds the input (which may refuse a number or a credit code), validates it as the API would, creates the
    /// record and opens the page <paramref name="opened"/> names for it; or shows why not.
    /// </summary>
    protected async Task SubmitAsync<TInput>(Func<Task<TInput>> build, Func<TInput, Task<Guid>> create, Func<Guid, string> opened)
        where TInput : class
    {
        RuleError = null;
        try
        {
            var input = await build();
            if (Validator.Validate(input) is { Count: > 0 } problems)
            {
                throw new InputValidationException(problems);
            }

            var id = await create(input);
            Navigation.NavigateTo(opened(id));
        }
        catch (BusinessRuleException ex)
        {
            RuleError = ex.Message;
        }
        catch (InputValidationException ex)
        {
            var shown = ex.Errors.GroupBy(e => FieldOf(e.Key)).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray());
            // A field the form does not have (a rule of the whole input) is said above the form.
            if (shown.Remove(string.Empty, out var general))
            {
                RuleError = string.Join(" ", general);
            }

            Fields?.Show(shown);
        }
    }

    /// <summary>The form field that shows an API field's error; empty for one the form does not have.</summary>
    protected abstract string FieldOf(string apiField);
}
