namespace CountyIP.Platform.Web.Validation;

/// <summary>Marker for the standard validation messages and shared field names (ValidationText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class ValidationText;
