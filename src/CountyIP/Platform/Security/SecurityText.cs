namespace CountyIP.Platform.Security;

/// <summary>Marker for the accounts and sign-in strings (SecurityText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class SecurityText;
