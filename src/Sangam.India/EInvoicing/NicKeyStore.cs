using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sangam.India.EInvoicing;

/// <summary>
/// The public keys e-invoice signatures are verified with, by <c>kid</c>, plus keys whose kid is
/// unknown. NIC rotates its keys and new kids appear before anyone has mapped them, so the store
/// grows at run time: from a folder of PEM files or in code.
/// </summary>
/// <remarks>Safe to read from many threads while keys are added.</remarks>
public sealed class NicKeyStore : IDisposable
{
    /// <summary>The smallest RSA key accepted; NIC's keys are 2048 bits.</summary>
    public const int MinKeySizeInBits = 2048;

    private static readonly (string File, string? Kid)[] BundledKeys =
    [
        ("einv_prod_11092020", "115F4426617A7938BE1BA06DBEE91A427584EDAB"),
        ("einv_sandbox", "EDC57DE1358B300BA9F79340A6696831F3C85047"),
        // NIC's other production key; no token carrying its kid has been seen.
        ("einv_prod", null),
    ];

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    private readonly Lock _gate = new();
    private Keys _keys = Keys.Empty;

    /// <summary>All keys, in the order they were added.</summary>
    public IReadOnlyList<NicKey> All => Volatile.Read(ref _keys).All;

    /// <summary>The keys without a kid, tried in order when a token's kid is not in the store.</summary>
    public IReadOnlyList<NicKey> WithoutKid => Volatile.Read(ref _keys).WithoutKid;

    /// <summary>
    /// A store with NIC's published public keys, shipped inside this assembly:
    /// <c>einv_prod_11092020</c> (kid 115F4426...), <c>einv_sandbox</c> (kid EDC57DE1...) and
    /// <c>einv_prod</c> (no known kid).
    /// </summary>
    public static NicKeyStore CreateWithNicKeys()
    {
        var store = new NicKeyStore();
        foreach (var (file, kid) in BundledKeys)
        {
            using var stream = typeof(NicKeyStore).Assembly.GetManifestResourceStream($"Sangam.India.EInvoicing.Keys.{file}.pem")
                ?? throw new InvalidOperationException($"The bundled key {file}.pem is missing from the assembly.");
            using var reader = new StreamReader(stream);
            store.AddPem(kid, file, reader.ReadToEnd());
        }

        return store;
    }

    /// <summary>Adds a copy of the public part of <paramref name="key"/>; the caller keeps ownership of it.</summary>
    /// <param name="kid">The kid tokens carry, or null for a key to try when a token's kid is unknown.</param>
    /// <param name="name">A name for reports.</param>
    /// <param name="key">An RSA key of at least <see cref="MinKeySizeInBits"/> bits.</param>
    /// <remarks>A key added under a kid that is already present replaces the earlier one.</remarks>
    public NicKey Add(string? kid, string name, RSA key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(key);
        if (kid is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        }

        if (key.KeySize < MinKeySizeInBits)
        {
            throw new ArgumentException($"The key has {key.KeySize} bits; at least {MinKeySizeInBits} are required.", nameof(key));
        }

        var added = new NicKey(kid?.Trim().ToUpperInvariant(), name, RSA.Create(key.ExportParameters(includePrivateParameters: false)));
        lock (_gate)
        {
            Volatile.Write(ref _keys, _keys.With(added));
        }

        return added;
    }

    /// <summary>
    /// Adds a key from PEM text: a public key (SubjectPublicKeyInfo or PKCS#1) or a certificate.
    /// </summary>
    /// <exception cref="ArgumentException">The text holds no RSA public key.</exception>
    public NicKey AddPem(string? kid, string name, string pem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pem);
        using var key = ImportPublicKey(pem, name);
        return Add(kid, name, key);
    }

    /// <summary>
    /// Adds every <c>*.pem</c> file of <paramref name="folder"/>. A file named after a kid
    /// (40 hexadecimal digits, e.g. <c>1513B821EE46C749A63B86E318BF711099287D1F.pem</c>) is
    /// registered under that kid; any other file is a key without kid, named after the file.
    /// </summary>
    /// <returns>How many keys were added.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ArgumentException">A file holds no usable RSA public key; the message names it.</exception>
    public int LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var files = Directory.GetFiles(folder, "*.pem");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            AddPem(IsKid(name) ? name : null, name, File.ReadAllText(file));
        }

        return files.Length;
    }

    /// <summary>Finds the key registered under <paramref name="kid"/> (case-insensitive).</summary>
    public bool TryGetByKid(string? kid, [NotNullWhen(true)] out NicKey? key)
    {
        key = null;
        return kid is not null && Volatile.Read(ref _keys).ByKid.TryGetValue(kid, out key);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var key in _keys.All)
            {
                key.Dispose();
            }

            Volatile.Write(ref _keys, Keys.Empty);
        }
    }

    private static bool IsKid(string name) => name.Length == 40 && name.AsSpan().IndexOfAnyExcept(HexDigits) < 0;

    private static RSA ImportPublicKey(string pem, string name)
    {
        try
        {
            if (pem.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                using var certificate = X509Certificate2.CreateFromPem(pem);
                return certificate.GetRSAPublicKey() ?? throw new CryptographicException("The certificate's key is not RSA.");
            }

            var rsa = RSA.Create();
            try
            {
                rsa.ImportFromPem(pem);
                return rsa;
            }
            catch
            {
                rsa.Dispose();
                throw;
            }
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Key '{name}' is not an RSA public key or certificate in PEM form: {e.Message}"),
                nameof(pem),
                e);
        }
    }

    /// <summary>An immutable view, replaced whole on every change so readers never lock.</summary>
    private sealed class Keys
    {
        public static readonly Keys Empty = new([]);

        private Keys(NicKey[] all)
        {
            All = all;
            WithoutKid = Array.FindAll(all, key => key.Kid is null);
            ByKid = new Dictionary<string, NicKey>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in all)
            {
                if (key.Kid is not null)
                {
                    ByKid[key.Kid] = key;
                }
            }
        }

        public NicKey[] All { get; }

        public NicKey[] WithoutKid { get; }

        public Dictionary<string, NicKey> ByKid { get; }

        public Keys With(NicKey added)
        {
            // A replaced key stays alive: a reader may hold the previous view.
            var kept = added.Kid is null
                ? All
                : Array.FindAll(All, key => !string.Equals(key.Kid, added.Kid, StringComparison.OrdinalIgnoreCase));
            return new Keys([.. kept, added]);
        }
    }
}
