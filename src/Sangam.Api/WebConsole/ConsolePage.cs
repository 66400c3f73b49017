using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sangam.Api.Accounts;

namespace Sangam.Api.WebConsole;

/// <summary>
/// A console page: its signed-in <see cref="Caller"/> (set by <see cref="ConsoleAuthenticationHandler"/>), and, for a
/// page of one API family, the refusal of callers whose account is not entitled to it.
/// </summary>
public abstract class ConsolePage(ApiFamily? family = null) : PageModel
{
    public Caller Caller => HttpContext.FindCaller() ?? throw new InvalidOperationException("Console pages require a signed-in caller.");

    /// <summary>What went wrong with the last action, shown above the page's content.</summary>
    public string? Error { get; protected set; }

    /// <summary>What the last action did, shown above the page's content.</summary>
    public string? Notice { get; protected set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (family is { } required && !Caller.Account.IsEntitledTo(required))
        {
            context.Result = RedirectToPage("/Forbidden", new { family = required.WireName() });
            return;
        }

        await next();
    }
}
