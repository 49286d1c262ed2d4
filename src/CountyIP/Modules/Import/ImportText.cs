namespace CountyIP.Modules.Import;

/// <summary>Marker for the import strings (ImportText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class ImportText;
