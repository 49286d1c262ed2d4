namespace CountyIP.Platform.Jobs;

/// <summary>Marker for the background-job strings (JobsText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class JobsText;
