using System.Text.Json;
using Sangam.Client;

namespace Sangam.Cli.Infrastructure;

/// <summary>What <c>sangam login</c> keeps: the server and the token pair (never the password).</summary>
public sealed record StoredCredentials(string BaseUrl, string Username, string AccessToken, string RefreshToken);

/// <summary>
/// Keeps the login in <c>$SANGAM_CONFIG_DIR</c>, else <c>$XDG_CONFIG_HOME/sangam</c>, else <c>~/.config/sangam</c>,
/// in a file only the user can read (0600).
/// </summary>
public static class CredentialStore
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static string Directory =>
        Environment.GetEnvironmentVariable("SANGAM_CONFIG_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
                    ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config"),
                "sangam");

    public static string FilePath => Path.Combine(Directory, "credentials.json");

    public static StoredCredentials? Load()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoredCredentials>(File.ReadAllText(FilePath), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void Save(StoredCredentials credentials)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = FilePath + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, credentials, Json);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // Replace atomically: a crash never leaves a half-written file.
        File.Move(temporary, FilePath, overwrite: true);
    }

    public static void Update(StoredCredentials stored, SangamTokens tokens) =>
        Save(stored with { AccessToken = tokens.AccessToken, RefreshToken = tokens.RefreshToken });

    public static bool Delete()
    {
        if (!File.Exists(FilePath))
        {
            return false;
        }

        File.Delete(FilePath);
        return true;
    }
}
