namespace CountyIP.Modules.Registry;

/// <summary>Marker for the registry module's strings (RegistryText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class RegistryText;
