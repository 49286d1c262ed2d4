namespace CountyIP.Modules.ReferenceData;

/// <summary>Marker for the reference-data strings (ReferenceDataText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class ReferenceDataText;
