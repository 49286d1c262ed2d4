using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.UseCases.Validation;

/// <summary>
/// An identifier field of a command, checked by the domain's parser (check characters, formats; /work/shared/domain)
/// through the one validation path (ADR 0018). Blank passes: <c>[Required]</c> says whether the field is mandatory.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal abstract class IdentifierAttribute : ValidationAttribute
{
    protected abstract IdentifierError? Check(string input);

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string input || string.IsNullOrWhiteSpace(input) || Check(input) is not { } error)
        {
            return ValidationResult.Success;
        }

        return new ValidationResult(IdentifierMessages.Describe(error), validationContext.MemberName is { } member ? [member] : null);
    }
}

/// <summary>A unified social credit code (统一社会信用代码) with its check character.</summary>
internal sealed class CreditCodeAttribute : IdentifierAttribute
{
    protected override IdentifierError? Check(string input) => UnifiedSocialCreditCode.Parse(input).Error;
}

/// <summary>A trademark registration number.</summary>
internal sealed class TrademarkNumberAttribute : IdentifierAttribute
{
    protected override IdentifierError? Check(string input) => TrademarkRegistrationNumber.Parse(input).Error;
}

/// <summary>A standard's number (GB/T …).</summary>
internal sealed class StandardNumberAttribute : IdentifierAttribute
{
    protected override IdentifierError? Check(string input) => StandardNumber.Parse(input).Error;
}

/// <summary>One IPC symbol.</summary>
internal sealed class IpcAttribute : IdentifierAttribute
{
    protected override IdentifierError? Check(string input) => IpcSymbol.Parse(input).Error;
}
