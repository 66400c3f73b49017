namespace Sangam.Bench.Ocr;

/// <summary>Where the repository is, so defaults work from any working directory inside it.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>Sangam.slnx</c>, searched upwards from the working directory; else the working directory.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><paramref name="path"/> as given when absolute, else under the repository root.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, Root);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sangam.slnx")))
            {
                return folder.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
