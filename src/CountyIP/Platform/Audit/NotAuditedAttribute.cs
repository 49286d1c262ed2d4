namespace CountyIP.Platform.Audit;

/// <summary>
/// Marks an entity type the change interceptor does not record (ADR 0024): a derived delivery record such as an in-app
/// notification or an outgoing mail, written in the same save as the business change that caused it — that change is
/// audited — and read or sent many times over. Recording it would fill the never-deleted log with copies of personal
/// text (mail addresses, names in a message) that the delivery record itself is purged of after its retention.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotAuditedAttribute : Attribute;
