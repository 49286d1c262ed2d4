namespace CountyIP.Platform.Localization;

/// <summary>Marker for the platform's shared UI strings (SharedResource.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class SharedResource;
