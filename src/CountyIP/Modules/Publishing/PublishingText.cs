namespace CountyIP.Modules.Publishing;

/// <summary>Marker for the Portal publishing strings (PublishingText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class PublishingText;
