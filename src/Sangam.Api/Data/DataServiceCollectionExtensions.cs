using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting;

namespace Sangam.Api.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SangamDb"/> on the configured provider and the start-up migration.</summary>
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
                builder.Services.AddDbContextPool<SangamDb, SqliteSangamDb>(
                    db => db.UseSqlite(connectionString).UseSnakeCaseNamingConvention().ConfigureWarnings(LogFailuresWhereHandled), options.PoolSize);
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContextPool<SangamDb, PostgresSangamDb>(
                    db => db.UseNpgsql(connectionString).UseSnakeCaseNamingConvention().ConfigureWarnings(LogFailuresWhereHandled), options.PoolSize);
                break;
        }

        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddSingleton<DatabaseHealthCheck>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
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
