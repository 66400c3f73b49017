using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sangam.Api.Accounts;

namespace Sangam.Api.WebConsole.Pages;

/// <summary>Where a signed-in user lands when a page is not for them; answers 403.</summary>
public sealed class ForbiddenModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Family { get; set; }

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        if (!ApiFamilies.TryParse(Family, out _))
        {
            Family = null;
        }
    }
}
