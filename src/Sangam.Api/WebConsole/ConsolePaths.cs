namespace Sangam.Api.WebConsole;

/// <summary>The console's addresses that code outside a page needs.</summary>
public static class ConsolePaths
{
    public const string Root = "/console";

    public const string SignIn = Root + "/signin";

    public const string Forbidden = Root + "/forbidden";

    /// <summary>
    /// Whether <c>GET /</c> should send this client to the console: browsers ask for HTML first. API clients (curl,
    /// SDKs, Postman) send <c>*/*</c> or JSON and keep being sent to the API reference at <c>/docs</c>.
    /// </summary>
    public static bool WantsConsole(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
