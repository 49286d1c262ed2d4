using System.Reflection;
using CountyIP.Platform.Web.Validation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CountyIP.Platform.Ui;

/// <summary>
/// The page side of the one validation path (ADR 0018), in place of <c>DataAnnotationsValidator</c>: checks the form's
/// model with <see cref="InputValidation"/>, so a page shows under each field the same message, in the same language,
/// as the API answers for the same attribute; <see cref="Show"/> puts a handler's <see cref="InputValidationException"/>
/// under the same fields (<c>&lt;ValidationMessage For=…&gt;</c>).
/// </summary>
public sealed class InputValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? store;
    private EditContext? subscribed;

    [CascadingParameter] private EditContext? CurrentEditContext { get; set; }

    [Inject] private IInputValidator Validator { get; set; } = default!;

    /// <summary>Shows a handler's field errors (property names of the form's model) under their fields.</summary>
    public void Show(IReadOnlyDictionary<string, string[]> errors)
    {
        if (CurrentEditContext is not { } context || store is null)
        {
            return;
        }

        foreach (var (field, messages) in errors)
        {
            store.Add(context.Field(field), messages);
        }

        context.NotifyValidationStateChanged();
    }

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null)
        {
            throw new InvalidOperationException($"{nameof(InputValidator)} must be placed inside an EditForm.");
        }

        if (!ReferenceEquals(subscribed, CurrentEditContext))
        {
            Unsubscribe();
            subscribed = CurrentEditContext;
            store = new ValidationMessageStore(subscribed);
            subscribed.OnValidationRequested += ValidateModel;
            subscribed.OnFieldChanged += ValidateField;
        }
    }

    public void Dispose() => Unsubscribe();

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        var context = (EditContext)sender!;
        store!.Clear();
        foreach (var (field, messages) in Validator.Validate(context.Model))
        {
            store.Add(context.Field(field), messages);
        }

        context.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var context = (EditContext)sender!;
        var field = e.FieldIdentifier;
        if (field.Model.GetType().GetProperty(field.FieldName, BindingFlags.Public | BindingFlags.Instance) is not { } property)
        {
            return;
        }

        store!.Clear(field);
        store.Add(field, Validator.ValidateProperty(field.Model, property));
        context.NotifyValidationStateChanged();
    }

    private void Unsubscribe()
    {
        if (subscribed is not null)
        {
            subscribed.OnValidationRequested -= ValidateModel;
            subscribed.OnFieldChanged -= ValidateField;
            subscribed = null;
        }
    }
}
