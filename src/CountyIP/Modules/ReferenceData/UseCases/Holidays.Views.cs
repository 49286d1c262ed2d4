using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.ReferenceData.Domain;

namespace CountyIP.Modules.ReferenceData.UseCases;

public sealed record CalendarDayView(DateOnly Date, CalendarDayKind Kind, string NameZh, string NameEn, string? Note)
{
    internal static CalendarDayView From(CalendarDay d) => new(d.Date, d.Kind, d.NameZh, d.NameEn, d.Note);
}

public sealed class CalendarDayInput
{
    public CalendarDayKind Kind { get; set; }

    [Required, StringLength(100)]
    public string NameZh { get; set; } = string.Empty;

    [Required, StringLength(200)]
    public string NameEn { get; set; } = string.Empty;

    [StringLength(1000)]
    public string? Note { get; set; }

    public static CalendarDayInput From(CalendarDayView d) => new() { Kind = d.Kind, NameZh = d.NameZh, NameEn = d.NameEn, Note = d.Note };
}
