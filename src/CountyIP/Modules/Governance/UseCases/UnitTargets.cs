using System.Globalization;
using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>One unit's target for a plan indicator and year (<c>PUT /api/governance/targets</c>).</summary>
public sealed class UnitTargetInput
{
    [Required, Range(2000, 2100)]
    public int? Year { get; set; }

    [Required, StringLength(64)]
    public string? TargetId { get; set; }

    [Required, StringLength(64)]
    public string? OwnerUnitCode { get; set; }

    [Required, Range(0, 1_000_000)]
    public decimal? Value { get; set; }
}

/// <summary>What an import of targets did: rows read and targets set (new or changed).</summary>
public sealed record TargetImportResult(int Rows, int Set);

/// <summary>A unit's target beside its actual, counted from the records in the unit.</summary>
public sealed record UnitTargetRow(string TargetId, string TargetNameZh, string TargetNameEn, string UnitCode, string UnitName, decimal? Target, decimal? Actual);

/// <summary>
/// Targets decomposed to the towns (目标分解, issue 14 §4) for the plan indicators that count by town: the office sets
/// them; each unit reads its own beside its actual. A unit that does not exist or a target the plan does not count by
/// town is refused.
/// </summary>
internal sealed class UnitTargetsHandler(
    CountyIpDbContext db, OwnerDirectory owners, GovernanceScope scope, IEnumerable<IIndicatorCalculator> calculators, IPlanCatalog plans,
    ICurrentUser user, IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    /// <summary>The active plan's targets that can be decomposed: those its calculators count by town.</summary>
    public async Task<IReadOnlyList<PlanTarget>> TargetsByUnitAsync(CancellationToken cancellationToken) =>
        (await plans.GetActiveAsync(cancellationToken))?.Targets.Where(t => calculators.Any(c => c.TargetId == t.Id && c.Breakdowns.Contains(BreakdownKind.Unit))).ToList() ?? [];

    public async Task<IReadOnlyList<UnitTargetRow>> ListAsync(int year, CancellationToken cancellationToken)
    {
        if (await plans.GetActiveAsync(cancellationToken) is not { } plan)
        {
            return [];
        }

        var set = await db.Set<UnitTarget>().AsNoTracking().Where(t => t.Year == year).ToListAsync(cancellationToken);
        var units = (await owners.ListAsync(cancellationToken)).Where(o => o.Kind == OwnerKind.Unit && (scope.OwnCode is null || o.Code == scope.OwnCode)).ToList();
        var rows = new List<UnitTargetRow>();
        foreach (var target in plan.Targets)
        {
            var calculator = calculators.FirstOrDefault(c => c.TargetId == target.Id && c.Breakdowns.Contains(BreakdownKind.Unit));
            var given = set.Where(t => t.TargetId == target.Id).ToList();
            if (calculator is null || given.Count == 0)
            {
                continue;
            }

            var actuals = (await calculator.BreakdownAsync(new IndicatorQuery(plan.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null), BreakdownKind.Unit, cancellationToken))
                .ToDictionary(r => r.Key, r => r.Value);
            rows.AddRange(units.Select(u => new UnitTargetRow(target.Id, target.Name.Zh, target.Name.En, u.Code, u.Name,
                given.FirstOrDefault(g => g.OwnerCode == u.Code)?.Value, actuals.GetValueOrDefault(u.Code))));
        }

        return rows;
    }

    public async Task<UnitTargetRow> SetAsync(UnitTargetInput input, CancellationToken cancellationToken)
    {
        if (await owners.FindAsync(input.OwnerUnitCode, cancellationToken) is not { Kind: OwnerKind.Unit } owner)
        {
            throw InputValidationException.For(nameof(UnitTargetInput.OwnerUnitCode), text["Error_UnknownOwner", input.OwnerUnitCode ?? string.Empty]);
        }

        var plan = await plans.GetActiveAsync(cancellationToken);
        var targetId = input.TargetId!.Trim();
        if (plan?.Targets.FirstOrDefault(t => t.Id == targetId) is not { } target
            || !calculators.Any(c => c.TargetId == targetId && c.Breakdowns.Contains(BreakdownKind.Unit)))
        {
            throw InputValidationException.For(nameof(UnitTargetInput.TargetId), text["Error_UnknownTarget", targetId]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<UnitTarget>().FirstOrDefaultAsync(t => t.Year == input.Year && t.TargetId == targetId && t.OwnerCode == owner.Code, cancellationToken) is { } existing)
        {
            existing.Change(input.Value!.Value, now);
        }
        else
        {
            db.Add(new UnitTarget(input.Year!.Value, targetId, owner.Code, input.Value!.Value, user.UserName ?? string.Empty, now));
        }

        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return new UnitTargetRow(targetId, target.Name.Zh, target.Name.En, owner.Code, owner.Name, input.Value, null);
    }

    /// <summary>The largest targets workbook accepted: a district's towns times its indicators is a few hundred rows.</summary>
    public const int MaxImportBytes = 1_048_576;

    /// <summary>The field an import's errors are reported under (the file input's name).</summary>
    public const string ImportField = "file";

    /// <summary>
    /// Sets many targets from an .xlsx whose first sheet has the columns 年度 (Year), 指标 (Indicator: its id or Chinese
    /// name), 单位 (Unit: its code or Chinese name) and 目标值 (Target). Every row is checked first; one bad row — an
    /// unknown unit or indicator, a bad number, a unit and indicator twice — refuses the whole file with every row's
    /// message, and nothing is changed. Otherwise all targets are set in one save.
    /// </summary>
    public async Task<TargetImportResult> ImportAsync(Stream xlsx, CancellationToken cancellationToken)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = [.. (await MiniExcel.QueryAsync(xlsx, useHeaderRow: true, excelType: ExcelType.XLSX, cancellationToken: cancellationToken)).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException or IOException)
        {
            throw InputValidationException.For(ImportField, text["Error_ImportNotXlsx"]);
        }

        var targets = await TargetsByUnitAsync(cancellationToken);
        var units = (await owners.ListAsync(cancellationToken)).Where(o => o.Kind == OwnerKind.Unit).ToList();
        var errors = new List<string>();
        var parsed = new List<(int Year, string TargetId, string Unit, decimal Value)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var line = i + 2; // the header is row 1
            var row = rows[i];
            string? Cell(params string[] names) => names.Select(n => row.FirstOrDefault(c => string.Equals(c.Key?.Trim(), n, StringComparison.OrdinalIgnoreCase)).Value)
                .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
            var yearText = Cell("年度", "Year");
            var indicatorText = Cell("指标", "Indicator");
            var unitText = Cell("单位", "Unit");
            var valueText = Cell("目标值", "Target");
            if (yearText is null && indicatorText is null && unitText is null && valueText is null)
            {
                continue;
            }

            var target = targets.FirstOrDefault(t => t.Id == indicatorText || t.Name.Zh == indicatorText);
            var unit = units.FirstOrDefault(u => u.Code == unitText || u.NameZh == unitText);
            if (!int.TryParse(yearText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            {
                errors.Add(text["Error_ImportRow_Year", line, yearText ?? string.Empty]);
            }

            if (target is null)
            {
                errors.Add(text["Error_ImportRow_Indicator", line, indicatorText ?? string.Empty]);
            }

            if (unit is null)
            {
                errors.Add(text["Error_ImportRow_Unit", line, unitText ?? string.Empty]);
            }

            if (!decimal.TryParse(valueText, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1_000_000)
            {
                errors.Add(text["Error_ImportRow_Value", line, valueText ?? string.Empty]);
            }

            if (target is not null && unit is not null)
            {
                if (parsed.Any(p => p.Year == year && p.TargetId == target.Id && p.Unit == unit.Code))
                {
                    errors.Add(text["Error_ImportRow_Twice", line, unit.NameZh, target.Name.Zh]);
                }

                parsed.Add((year, target.Id, unit.Code, value));
            }
        }

        if (errors.Count > 0 || parsed.Count == 0)
        {
            throw new InputValidationException(new Dictionary<string, string[]> { [ImportField] = errors.Count > 0 ? [.. errors.Take(50)] : [text["Error_ImportEmpty"]] });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var years = parsed.Select(p => p.Year).Distinct().ToList();
        var existing = await db.Set<UnitTarget>().Where(t => years.Contains(t.Year)).ToListAsync(cancellationToken);
        var set = 0;
        foreach (var (year, targetId, unit, value) in parsed)
        {
            if (existing.FirstOrDefault(t => t.Year == year && t.TargetId == targetId && t.OwnerCode == unit) is { } found)
            {
                if (found.Value != value)
                {
                    found.Change(value, now);
                    set++;
                }
            }
            else
            {
                db.Add(new UnitTarget(year, targetId, unit, value, user.UserName ?? string.Empty, now));
                set++;
            }
        }

        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return new TargetImportResult(parsed.Count, set);
    }
}
