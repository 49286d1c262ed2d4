namespace CountyIP.Modules.Plans;

/// <summary>Marker for the plan strings (PlansText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class PlansText;
