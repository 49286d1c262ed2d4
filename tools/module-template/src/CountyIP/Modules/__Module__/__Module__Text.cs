namespace CountyIP.Modules.__Module__;

/// <summary>Marker for the __ModuleEn__ strings (__Module__Text.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class __Module__Text;
