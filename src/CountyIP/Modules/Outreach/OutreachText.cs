namespace CountyIP.Modules.Outreach;

/// <summary>Marker for the Publicity and Training strings (OutreachText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class OutreachText;
