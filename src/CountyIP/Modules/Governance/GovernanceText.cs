namespace CountyIP.Modules.Governance;

/// <summary>Marker for the Governance strings (GovernanceText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class GovernanceText;
