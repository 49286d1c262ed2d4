namespace CountyIP.Modules.Transfer;

/// <summary>Marker for the IP use and finance strings (TransferText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class TransferText;
