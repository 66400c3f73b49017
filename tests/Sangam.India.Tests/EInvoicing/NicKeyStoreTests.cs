using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Sangam.India.EInvoicing;

namespace Sangam.India.Tests.EInvoicing;

public sealed class NicKeyStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nic-keys-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Bundled_store_holds_NICs_three_public_keys()
    {
        using var store = NicKeyStore.CreateWithNicKeys();

        Assert.Equal(["einv_prod_11092020", "einv_sandbox", "einv_prod"], store.All.Select(key => key.Name));
        Assert.All(store.All, key => Assert.Equal(2048, key.KeySizeInBits));
        Assert.True(store.TryGetByKid(IrpSample.Prod2020Kid, out var prod));
        Assert.Equal("einv_prod_11092020", prod.Name);
        Assert.True(store.TryGetByKid(IrpSample.SandboxKid.ToLowerInvariant(), out var sandbox));
        Assert.Equal("einv_sandbox", sandbox.Name);
        Assert.Equal(["einv_prod"], store.WithoutKid.Select(key => key.Name));
    }

    [Fact]
    public void Unknown_or_missing_kids_are_not_found()
    {
        using var store = NicKeyStore.CreateWithNicKeys();

        Assert.False(store.TryGetByKid("1513B821EE46C749A63B86E318BF711099287D1F", out _));
        Assert.False(store.TryGetByKid(null, out _));
    }

    [Fact]
    public void Folder_files_named_after_a_kid_are_registered_under_it()
    {
        using var rsa = RSA.Create(2048);
        var kid = NicJws.ComputeKeyId(rsa);
        File.WriteAllText(Path.Combine(_folder, kid + ".pem"), rsa.ExportSubjectPublicKeyInfoPem());
        using var other = RSA.Create(2048);
        File.WriteAllText(Path.Combine(_folder, "einv_2026.pem"), other.ExportRSAPublicKeyPem());
        File.WriteAllText(Path.Combine(_folder, "readme.txt"), "not a key");
        using var store = new NicKeyStore();

        Assert.Equal(2, store.LoadFolder(_folder));

        Assert.True(store.TryGetByKid(kid, out var named));
        Assert.Equal(kid, named.Name);
        Assert.Equal(["einv_2026"], store.WithoutKid.Select(key => key.Name));
    }

    [Fact]
    public void Certificates_are_accepted_as_well_as_bare_keys()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Sandbox IRP", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));
        using var store = new NicKeyStore();

        store.AddPem(certificate.Thumbprint, "sandbox-cert", certificate.ExportCertificatePem());

        var token = NicJws.Sign("{}", rsa, certificate.Thumbprint);
        Assert.Equal(NicJwsVerdict.Verified, NicJws.Verify(token, store).Verdict);
    }

    [Fact]
    public void A_folder_file_that_is_not_a_key_is_named_in_the_error()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.pem"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        using var store = new NicKeyStore();

        var error = Assert.Throws<ArgumentException>(() => store.LoadFolder(_folder));

        Assert.Contains("'broken'", error.Message, StringComparison.Ordinal);
        Assert.Empty(store.All);
    }

    [Fact]
    public void Garbage_PEM_is_refused()
    {
        using var store = new NicKeyStore();

        var error = Assert.Throws<ArgumentException>(() => store.AddPem(null, "junk", "hello"));
        Assert.Contains("junk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_fails_loudly()
    {
        using var store = new NicKeyStore();

        Assert.Throws<DirectoryNotFoundException>(() => store.LoadFolder(Path.Combine(_folder, "absent")));
    }

    [Fact]
    public void Keys_shorter_than_2048_bits_are_refused()
    {
        using var weak = RSA.Create(1024);
        using var store = new NicKeyStore();

        Assert.Throws<ArgumentException>(() => store.Add("ABC", "weak", weak));
    }

    [Fact]
    public void A_kid_added_again_replaces_the_earlier_key()
    {
        using var first = RSA.Create(2048);
        using var second = RSA.Create(2048);
        using var store = new NicKeyStore();

        store.Add("abc", "first", first);
        store.Add("ABC", "second", second);

        Assert.Single(store.All);
        Assert.True(store.TryGetByKid("abc", out var key));
        Assert.Equal("second", key.Name);
        Assert.Equal("ABC", key.Kid);
    }

    [Fact]
    public void The_store_keeps_its_own_copy_of_the_public_key()
    {
        using var store = new NicKeyStore();
        var rsa = RSA.Create(2048);
        store.Add("K1", "mine", rsa);
        var token = NicJws.Sign("{}", rsa, "K1");

        rsa.Dispose();

        Assert.True(NicJws.Verify(token, store).IsVerified);
    }

    [Fact]
    public void Kid_computed_for_a_bare_key_is_a_40_digit_thumbprint()
    {
        using var rsa = RSA.Create(2048);

        var kid = NicJws.ComputeKeyId(rsa);

        Assert.Matches("^[0-9A-F]{40}$", kid);
        Assert.Equal(kid, NicJws.ComputeKeyId(rsa));
    }

    [Fact]
    public void Concurrent_readers_and_writers_do_not_interfere()
    {
        using var store = NicKeyStore.CreateWithNicKeys();
        using var rsa = RSA.Create(2048);
        var token = NicJws.Sign("{}", rsa, "CONCURRENT");

        Parallel.For(0, 200, i =>
        {
            if (i == 100)
            {
                store.Add("CONCURRENT", "late", rsa);
            }

            Assert.True(NicJws.Verify(IrpSample.SignedQrCode, store).IsVerified);
        });

        Assert.True(NicJws.Verify(token, store).IsVerified);
    }
}
