using CountyIP.Modules.Publishing.Domain;

namespace CountyIP.Modules.Publishing.Pages;

/// <summary>The public address of each channel's list (the portal's navigation uses the same ones).</summary>
internal static class PublicChannels
{
    public static string Href(ArticleChannel channel) => channel switch
    {
        ArticleChannel.Notice => "/portal/notices",
        ArticleChannel.Policy => "/portal/policies",
        _ => "/portal/news",
    };

    /// <summary>The channel of a list address, or null.</summary>
    public static ArticleChannel? FromPath(string path) => path.TrimEnd('/') switch
    {
        "/portal/notices" => ArticleChannel.Notice,
        "/portal/policies" => ArticleChannel.Policy,
        "/portal/news" => ArticleChannel.News,
        _ => null,
    };
}
