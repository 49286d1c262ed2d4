using System.Linq.Expressions;

namespace CountyIP.Modules.Registry.Domain;

/// <summary>
/// Composes the status rules' predicates (<see cref="PatentLegalStatusRule"/>, <see cref="TrademarkStatusRule"/>) so each
/// is written once and reused inside larger queries, e.g. a per-group count (<see cref="Inline{TIn, TOut}"/>).
/// </summary>
public static class Predicates
{
    public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> a, Expression<Func<T, bool>> b) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(a.Body, Rebind(b, a.Parameters[0])), a.Parameters);

    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> a, Expression<Func<T, bool>> b) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(a.Body, Rebind(b, a.Parameters[0])), a.Parameters);

    /// <summary>
    /// Negation that stays two-valued in SQL: CASE WHEN a THEN false ELSE true, so a row whose predicate is NULL in SQL
    /// (a comparison with a NULL column) counts as "not a", as it does in C#.
    /// </summary>
    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> a) =>
        Expression.Lambda<Func<T, bool>>(Expression.Condition(a.Body, Expression.Constant(false), Expression.Constant(true)), a.Parameters);

    /// <summary>
    /// Marks <paramref name="predicate"/> applied to <paramref name="item"/> inside a query expression; <see cref="Inline{TIn, TOut}"/>
    /// replaces the call by the predicate's body so the database evaluates it. Outside a query it evaluates in memory.
    /// </summary>
    public static bool Holds<T>(this T item, Expression<Func<T, bool>> predicate) => predicate.Compile()(item);

    /// <summary>Replaces every <see cref="Holds{T}"/> call in <paramref name="lambda"/> by the body of its predicate.</summary>
    public static Expression<Func<TIn, TOut>> Inline<TIn, TOut>(Expression<Func<TIn, TOut>> lambda) =>
        (Expression<Func<TIn, TOut>>)new HoldsInliner().Visit(lambda);

    private static Expression Rebind<T>(Expression<Func<T, bool>> lambda, ParameterExpression parameter) =>
        new ParameterSwap(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private sealed class HoldsInliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Predicates) || node.Method.Name != nameof(Holds))
            {
                return base.VisitMethodCall(node);
            }

            // The predicate is a captured value (a closure field): evaluate it to get the expression tree itself.
            var predicate = (LambdaExpression)Expression.Lambda<Func<object>>(Expression.Convert(node.Arguments[1], typeof(object))).Compile()();
            var item = Visit(node.Arguments[0]);
            return new ParameterSwap(predicate.Parameters[0], item).Visit(predicate.Body);
        }
    }
}
