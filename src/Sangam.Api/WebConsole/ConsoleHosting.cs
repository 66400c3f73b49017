using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Sangam.Api.Accounts;
using Sangam.Api.Http.Input;

namespace Sangam.Api.WebConsole;

/// <summary>
/// The operator console at <c>/console</c>: server-rendered Razor Pages over the same services and endpoint handlers
/// the API uses, signed in with the same accounts.
/// </summary>
public static class ConsoleHosting
{
    public const string MemberPolicy = "console";

    public const string AdminPolicy = "console-admin";

    public static IServiceCollection AddConsole(this IServiceCollection services)
    {
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OperationFamilies>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ConsoleAuthenticationHandler>(ConsoleAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(MemberPolicy, policy => policy.AddAuthenticationSchemes(ConsoleAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(AdminPolicy, policy => policy.AddAuthenticationSchemes(ConsoleAuthenticationHandler.SchemeName)
                .RequireRole(nameof(UserRole.Admin)));
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/WebConsole/Pages";
            options.Conventions.Add(new ConsoleRoutePrefix());
            options.Conventions.AuthorizeFolder("/", MemberPolicy);
            options.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Forbidden");
            // Pasted IRP responses are signed documents, far longer than the platform's limit on one form value.
            options.Conventions.AddPageApplicationModelConvention("/EInvoices", page => page.EndpointMetadata.Add(LongTextMetadata.Instance));
        });
        // Page links as people type them (/console/vehicles); the API builds no links through routing.
        services.Configure<RouteOptions>(routing => routing.LowercaseUrls = true);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "sangam_console_csrf";
            options.Cookie.Path = ConsolePaths.Root;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    public static WebApplication MapConsole(this WebApplication app)
    {
        // Plain static files (wwwroot/console) rather than static-asset endpoints: they are served the same from the
        // build output, the release and the tests, and stay out of the API's endpoint list.
        app.UseStaticFiles();
        app.MapRazorPages();
        app.MapGet("/", (HttpRequest request) => TypedResults.Redirect(ConsolePaths.WantsConsole(request) ? ConsolePaths.Root : "/docs"))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Every console page lives under <c>/console</c>.</summary>
    private sealed class ConsoleRoutePrefix : IPageRouteModelConvention
    {
        private static readonly AttributeRouteModel Prefix = new() { Template = ConsolePaths.Root.TrimStart('/') };

        public void Apply(PageRouteModel model)
        {
            foreach (var selector in model.Selectors)
            {
                selector.AttributeRouteModel = AttributeRouteModel.CombineAttributeRouteModel(Prefix, selector.AttributeRouteModel);
            }
        }
    }
}
