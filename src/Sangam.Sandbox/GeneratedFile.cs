namespace Sangam.Sandbox;

/// <summary>
/// A file generated once and then kept (a sandbox key), readable by its owner only. Nodes that start together on one
/// data directory may all try to create it: it is written to a private temporary file and published with a move that
/// refuses to overwrite, so a reader sees no file or the whole file, and every node ends up with the one that won.
/// </summary>
public static class GeneratedFile
{
    public static string ReadOrCreate(string path, Func<string> generate)
    {
        ArgumentNullException.ThrowIfNull(generate);
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var content = generate();
        try
        {
            using (var file = new FileStream(temporary, create))
            using (var writer = new StreamWriter(file))
            {
                writer.Write(content);
            }

            File.Move(temporary, path, overwrite: false);
            return content;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node published its file first: everyone uses that one.
            return File.ReadAllText(path);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
