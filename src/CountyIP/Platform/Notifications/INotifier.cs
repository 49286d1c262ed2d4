namespace CountyIP.Platform.Notifications;

/// <summary>
/// Tells people that something waits for them (issue 12 §6): an entry in each recipient's notification centre (the bell)
/// and, when mail is configured (<c>CountyIP:Mail</c>), an e-mail to each recipient with a confirmed address.
/// </summary>
public interface INotifier
{
    /// <summary>
    /// Adds one notification per recipient (and the outbox mails) to the scope's <c>CountyIpDbContext</c> — the one the
    /// calling handler uses — and saves nothing: the handler's single <c>SaveChangesAsync</c> commits them with its
    /// business change, so a change that fails or is rolled back notifies no one (architecture rule 4). Disabled accounts
    /// are left out; a recipient named twice gets one notification.
    /// </summary>
    /// <param name="recipients">Users by id and/or the users of a role within a scope, e.g.
    /// <c>NotificationRecipients.Role(Roles.TownLiaison, unitCode).Except(currentUser.UserId)</c>.</param>
    /// <param name="kind">A kind registered with <c>services.AddNotificationKind(kind)</c> in the module's front door.</param>
    /// <param name="arguments">Values for the {0}, {1}, … of the kind's title and body (names, numbers, years): data shown as
    /// written, not translated.</param>
    /// <param name="link">A local URL starting with "/" of the page where the recipient acts, or null.</param>
    /// <returns>How many notifications were added.</returns>
    Task<int> NotifyAsync(
        NotificationRecipients recipients,
        NotificationKind kind,
        IReadOnlyList<string> arguments,
        string? link,
        CancellationToken cancellationToken);
}

/// <summary>
/// A kind of notification and its texts: <paramref name="TitleKey"/> (and optionally <paramref name="BodyKey"/>) in the
/// module's resources <paramref name="Resource"/>, both languages, with {0}, {1}, … for the arguments. The code is stored
/// with each notification; declare the kind once as a static field and register it in the front door.
/// </summary>
/// <param name="Code">Stable identifier, module-prefixed, e.g. <c>funding.application-submitted</c>.</param>
public sealed record NotificationKind(string Code, Type Resource, string TitleKey, string? BodyKey = null);

/// <summary>Who a notification goes to: accounts by id, the accounts of a role (within a scope), minus some accounts.</summary>
public sealed record NotificationRecipients
{
    private NotificationRecipients(IReadOnlyList<Guid> userIds, IReadOnlyList<RoleInScope> roles, IReadOnlyList<Guid> excluded)
    {
        UserIds = userIds;
        Roles = roles;
        Excluded = excluded;
    }

    public IReadOnlyList<Guid> UserIds { get; }

    public IReadOnlyList<RoleInScope> Roles { get; }

    public IReadOnlyList<Guid> Excluded { get; }

    /// <summary>These accounts.</summary>
    public static NotificationRecipients Users(params IEnumerable<Guid> userIds) => new([.. userIds], [], []);

    /// <summary>
    /// Every enabled account of <paramref name="role"/> (a <c>Roles</c> name) whose scope id is <paramref name="scopeId"/>:
    /// the unit code for TownLiaison, the department code for DepartmentLiaison, the enterprise id for Enterprise.
    /// Null: every account of the role (district roles such as BureauStaff have no scope id).
    /// </summary>
    public static NotificationRecipients Role(string role, string? scopeId = null) => new([], [new RoleInScope(role, scopeId)], []);

    /// <summary>Both sets together.</summary>
    public NotificationRecipients And(NotificationRecipients other) =>
        new([.. UserIds, .. other.UserIds], [.. Roles, .. other.Roles], [.. Excluded, .. other.Excluded]);

    /// <summary>Without this account (the person who acted need not be told); null leaves the set as it is.</summary>
    public NotificationRecipients Except(Guid? userId) =>
        userId is { } id ? new(UserIds, Roles, [.. Excluded, id]) : this;
}

/// <summary>A role and, for scoped roles, the scope id its accounts carry (null: all accounts of the role).</summary>
public sealed record RoleInScope(string Role, string? ScopeId);
