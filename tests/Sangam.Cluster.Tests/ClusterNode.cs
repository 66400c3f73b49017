namespace Sangam.Cluster.Tests;

/// <summary>
/// A node of a test cluster: a sandbox server using Redis under a key prefix of its cluster's own. A further node
/// shares the first node's database, signing key and emulators (one ULIP, one Airtel for the whole cluster, as in
/// production). Sessions and accounts are cached for a minute, so a change reaching another node sooner was pushed.
/// </summary>
public sealed class ClusterNode : SangamServer
{
    private readonly ClusterNode? _first;
    private readonly string _redis;
    private readonly string _keyPrefix;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ClusterNode(string redis, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _redis = redis;
        _keyPrefix = $"test-{Guid.NewGuid():N}:";
        _settings = settings ?? new Dictionary<string, string?>();
    }

    private ClusterNode(ClusterNode first, IReadOnlyDictionary<string, string?>? settings)
        : base(first.Database)
    {
        _first = first;
        _redis = first._redis;
        _keyPrefix = first._keyPrefix;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    /// <summary>Where this cluster's keys live in Redis.</summary>
    public string KeyPrefix => _keyPrefix;

    /// <summary>Another node of this node's cluster (not started).</summary>
    public ClusterNode Another(IReadOnlyDictionary<string, string?>? settings = null) => new(this, settings);

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Redis:Configuration"] = _redis,
                ["Redis:KeyPrefix"] = _keyPrefix,
                ["Auth:StateCacheDuration"] = "00:01:00",
            };
            if (_first is not null)
            {
                settings["Auth:SigningKeys:0:Secret"] = _first.SigningSecret;
                settings["Sandbox:BaseUrl"] = _first.BaseAddress.ToString();
            }

            foreach (var (key, value) in _settings)
            {
                settings[key] = value;
            }

            return settings;
        }
    }
}
