using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.UseCases.Validation;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record TrademarkInput
{
    [Required, StringLength(20), TrademarkNumber]
    public string RegistrationNumber { get; init; } = string.Empty;

    [Required, StringLength(200)]
    public string Mark { get; init; } = string.Empty;

    /// <summary>Nice classes, e.g. <c>9;35</c>.</summary>
    [Required, StringLength(200)]
    public string NiceClasses { get; init; } = string.Empty;

    [Required, StringLength(200)]
    public string OwnerName { get; init; } = string.Empty;

    public Guid? EnterpriseId { get; init; }

    public DateOnly? ApplicationDate { get; init; }

    public DateOnly? RegistrationDate { get; init; }

    public DateOnly? ValidUntil { get; init; }

    public TrademarkStatus Status { get; init; }

    public bool GeographicalIndication { get; init; }

    public IReadOnlyList<RecognitionInput> Recognitions { get; init; } = [];

    public Guid? Version { get; init; }
}

public sealed record RecognitionInput(RecognitionKind Kind, [property: Range(1980, 2100)] int Year, DateOnly? ValidUntil);

public sealed record TrademarkView(
    Guid Id,
    string RegistrationNumber,
    string Mark,
    IReadOnlyList<int> NiceClasses,
    string OwnerName,
    Guid? EnterpriseId,
    DateOnly? ApplicationDate,
    DateOnly? RegistrationDate,
    DateOnly? ValidUntil,
    TrademarkStatus Status,
    bool GeographicalIndication,
    IReadOnlyList<RecognitionInput> Recognitions,
    Guid Version,
    TrademarkStatus RecordedStatus = TrademarkStatus.Pending,
    bool StatusDiscrepancy = false,
    DateOnly? StatusEndedOn = null,
    DateOnly? GraceEndsOn = null)
{
    /// <summary><see cref="Status"/> is the status the law derives on <paramref name="today"/> (ADR 0016); the recorded one is <see cref="RecordedStatus"/>.</summary>
    internal static TrademarkView From(Trademark t, DateOnly today)
    {
        var derived = t.StatusOn(today, today);
        return new(
            t.Id, t.RegistrationNumber, t.Mark, [.. t.NiceClasses.Split(';').Select(int.Parse)], t.OwnerName, t.EnterpriseId,
            t.ApplicationDate, t.RegistrationDate, t.ValidUntil ?? t.TermEndsOn, derived.Status, t.GeographicalIndication,
            [.. t.Recognitions.OrderBy(r => r.Year).Select(r => new RecognitionInput(r.Kind, r.Year, r.ValidUntil))], t.Version,
            t.Status, t.Status != derived.Status, derived.EndedOn, derived.GraceEndsOn);
    }
}

internal static class TrademarkInputs
{
    public static (string Number, string Classes) Validate(TrademarkInput input, InputErrors errors)
    {
        var number = errors.Mandatory(nameof(TrademarkInput.RegistrationNumber), input.RegistrationNumber, TrademarkRegistrationNumber.Parse);
        errors.Required(nameof(TrademarkInput.Mark), input.Mark);
        errors.Required(nameof(TrademarkInput.OwnerName), input.OwnerName);
        var (classes, error) = Domain.Identifiers.NiceClasses.Parse(input.NiceClasses);
        if (error is not null)
        {
            errors.Identifier(nameof(TrademarkInput.NiceClasses), error);
        }

        errors.ThrowIfAny();
        return (number!.Value, string.Join(';', classes!));
    }

    public static void Apply(Trademark t, TrademarkInput input, (string Number, string Classes) n, DateTime utcNow)
    {
        t.RegistrationNumber = n.Number;
        t.NiceClasses = n.Classes;
        t.Mark = input.Mark.Trim();
        t.OwnerName = input.OwnerName.Trim();
        t.EnterpriseId = input.EnterpriseId;
        t.ApplicationDate = input.ApplicationDate;
        t.RegistrationDate = input.RegistrationDate;
        t.ValidUntil = input.ValidUntil ?? input.RegistrationDate?.AddYears(10).AddDays(-1);
        t.Status = input.Status;
        t.GeographicalIndication = input.GeographicalIndication;
        t.ReplaceRecognitions(input.Recognitions.Select(r => new TrademarkRecognition(r.Kind, r.Year, r.ValidUntil)));
        t.Touch(utcNow);
    }
}
