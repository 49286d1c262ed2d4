namespace CountyIP.Platform.Security;

internal static class AccountUseCases
{
    public static IServiceCollection AddAccountUseCases(this IServiceCollection services)
    {
        services.AddScoped<AccountRules>();
        services.AddScoped<ScopeNames>();
        services.AddScoped<ListUsersHandler>();
        services.AddScoped<GetUserHandler>();
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<UpdateUserHandler>();
        services.AddScoped<SetUserDisabledHandler>();
        services.AddScoped<ResetPasswordHandler>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<TwoFactorHandler>();
        services.AddScoped<NotificationEmailHandler>();
        services.AddScoped<ListScopeChoicesHandler>();
        services.AddScoped<ListApiTokensHandler>();
        services.AddScoped<IssueApiTokenHandler>();
        services.AddScoped<RevokeApiTokenHandler>();
        return services;
    }
}
