namespace CountyIP.Modules.Indicators.Domain;

/// <summary>How a target stands. Thresholds: <see cref="IndicatorRules"/>.</summary>
public enum IndicatorStatus
{
    /// <summary>No module computes it and nobody reported it: actual is null, never zero.</summary>
    NotTracked = 0,

    /// <summary>The period has not begun.</summary>
    NotStarted = 1,

    Met = 2,
    OnTrack = 3,
    AtRisk = 4,
    Behind = 5,
}
