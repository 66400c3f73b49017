using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting;

namespace Sangam.Api.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SangamDb"/> and its factory on the configured provider, and the start-up migration.</summary>
    public static IHostApplicationBuilder AddSangamData(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        var platform = builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        var connectionString = options.ConnectionString
            ?? builder.Configuration.GetConnectionString("Sangam")
            ?? DefaultSqliteConnectionString(platform, options.Provider);

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.Services.AddSangamDb<SqliteSangamDb>(db => db.UseSqlite(connectionString), options.PoolSize);
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddSangamDb<PostgresSangamDb>(db => db.UseNpgsql(connectionString), options.PoolSize);
                break;
        }

        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddSingleton<DatabaseHealthCheck>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// One pool of contexts of the provider's flavour, reached two ways: <see cref="SangamDb"/> in a scope (a request,
    /// a seed), and <see cref="IDbContextFactory{SangamDb}"/> for singletons, which create a context per operation.
    /// </summary>
    private static void AddSangamDb<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> useProvider, int poolSize)
        where TContext : SangamDb
    {
        services.AddPooledDbContextFactory<TContext>(
            db => useProvider(db.UseSnakeCaseNamingConvention().ConfigureWarnings(LogFailuresWhereHandled)), poolSize);
        services.AddSingleton<IDbContextFactory<SangamDb>, SangamDbFactory<TContext>>();
        services.AddScoped<SangamDb>(provider => provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
    }

    /// <summary>
    /// EF logs every failed command and save as an error, with a stack trace, before the exception reaches the code
    /// that handles it. Many are expected outcomes (a unique key that says "already exists" is a 409); the rest reach
    /// the exception handler or a background service, which log them once with the context. So EF's entries are Debug.
    /// </summary>
    private static void LogFailuresWhereHandled(WarningsConfigurationBuilder warnings) => warnings.Log(
        (CoreEventId.SaveChangesFailed, LogLevel.Debug),
        (CoreEventId.QueryIterationFailed, LogLevel.Debug),
        (RelationalEventId.CommandError, LogLevel.Debug),
        (RelationalEventId.ConnectionError, LogLevel.Debug));

    private static string DefaultSqliteConnectionString(PlatformOptions platform, DatabaseProvider provider)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions),
                ["Database:Provider is Postgres but no connection string is set (Database:ConnectionString or ConnectionStrings:Sangam)."]);
        }

        var directory = platform.ResolveDataDirectory();
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "sangam.db")}";
    }
}
