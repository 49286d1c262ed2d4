namespace CountyIP.Modules.Outreach;

/// <summary>Marker for the strings of the module's public pages (OutreachPublicText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class OutreachPublicText;
