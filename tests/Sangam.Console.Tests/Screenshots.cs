namespace Sangam.Console.Tests;

/// <summary>
/// The README's pictures of the console: written to <c>docs/console/</c> by the tests when
/// <c>SANGAM_UPDATE_SCREENSHOTS=1</c>, so that ordinary runs leave the working tree as it was.
/// </summary>
internal static class Screenshots
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("SANGAM_UPDATE_SCREENSHOTS") == "1";

    public static async Task SaveAsync(IPage page, string name)
    {
        if (!Enabled)
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot(), "docs", "console");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), Animations = ScreenshotAnimations.Disabled });
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sangam.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Screenshots are written into the repository, but no Sangam.slnx was found above " + AppContext.BaseDirectory);
    }
}
