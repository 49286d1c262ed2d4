namespace CountyIP.Platform.Web;

/// <summary>One page of a list: the JSON shape of every list in the API (items, total, page, pageSize).</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
