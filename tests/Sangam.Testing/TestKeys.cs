using System.Security.Cryptography;

namespace Sangam.Testing;

/// <summary>Keys and costs that every test server of a process shares, so that none pays for them again.</summary>
public static class TestKeys
{
    private static readonly Lazy<string> s_irpKeyFile = new(CreateIrpKeyFile);

    /// <summary>PBKDF2 iterations for test passwords: the production cost would spend most of a test's CPU on hashing.</summary>
    public const string PasswordHashIterations = "1000";

    /// <summary>An RSA-2048 key for the sandbox IRP emulator, generated once per test process.</summary>
    public static string IrpEmulatorKeyFile => s_irpKeyFile.Value;

    private static string CreateIrpKeyFile()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sangam-tests", "keys-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "sandbox-irp-key.pem");
        using var key = RSA.Create(2048);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        return path;
    }
}
