using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Sangam.India;
using Sangam.Sandbox.Irp.Dataset;

namespace Sangam.Sandbox.Irp;

/// <summary>
/// The e-invoices the sandbox IRP knows: its built-in dataset (signed when first asked for) and those generated
/// through its API since the server started. Looked up by IRN.
/// </summary>
public sealed class IrpRegistry
{
    private readonly ConcurrentDictionary<string, IssuedEInvoice> _issued = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, RegisteredInvoice>> _dataset;
    private readonly IrpIssuer _issuer;
    private readonly TimeProvider _time;
    private long _lastAckSequence;

    internal IrpRegistry(IOptions<IrpEmulatorOptions> options, IrpIssuer issuer, TimeProvider time)
    {
        _issuer = issuer;
        _time = time;
        _dataset = new Lazy<Dictionary<string, RegisteredInvoice>>(() => BuildDataset(options.Value));
        // Acknowledgement numbers of generated e-invoices continue from the clock, so restarts do not reuse them.
        _lastAckSequence = time.GetUtcNow().ToUnixTimeSeconds() % 1_000_000_000 * 10;
    }

    /// <summary>
    /// The records of every dataset e-invoice, as a GSP passes them on (the IRP's response, and the cancel date of a
    /// cancelled one), for seeding a store. Signing is the cost (two RSA signatures each), so it runs on every core.
    /// </summary>
    public IReadOnlyList<JsonObject> IssueDataset()
    {
        var registrations = _dataset.Value.Values.OrderBy(r => r.AckDt).ThenBy(r => r.AckNo).ToList();
        var responses = new JsonObject[registrations.Count];
        Parallel.For(0, registrations.Count, i => responses[i] = Issue(registrations[i]).ToRecord());
        return responses;
    }

    internal IssuedEInvoice? Find(string irn)
    {
        if (_issued.TryGetValue(irn, out var issued))
        {
            return issued;
        }

        return _dataset.Value.TryGetValue(irn, out var registration) ? Issue(registration) : null;
    }

    /// <summary>Registers a validated invoice now; the existing e-invoice when its IRN was already generated.</summary>
    internal (IssuedEInvoice EInvoice, bool IsDuplicate) Register(JsonObject invoice, string irn)
    {
        if (Find(irn) is { } existing)
        {
            return (existing, true);
        }

        var now = _time.GetUtcNow().ToIst().DateTime;
        var sequence = Interlocked.Increment(ref _lastAckSequence) % 10_000_000_000;
        var ackNo = long.Parse(string.Create(CultureInfo.InvariantCulture, $"19{now.Year % 100:00}1{sequence:0000000000}"), CultureInfo.InvariantCulture);
        var issued = _issuer.Issue(new RegisteredInvoice(invoice, irn, ackNo, TruncateToSeconds(now)));
        var winner = _issued.GetOrAdd(irn, issued);
        return (winner, !ReferenceEquals(winner, issued));
    }

    private IssuedEInvoice Issue(RegisteredInvoice registration) => _issued.GetOrAdd(registration.Irn, _ => _issuer.Issue(registration));

    private Dictionary<string, RegisteredInvoice> BuildDataset(IrpEmulatorOptions options)
    {
        var generator = new SandboxInvoiceGenerator(options);
        var currentMonth = Ist.Today(_time.GetUtcNow());
        var dataset = new Dictionary<string, RegisteredInvoice>(StringComparer.Ordinal);
        for (var back = 1; back <= options.DatasetMonths; back++)
        {
            var month = currentMonth.AddMonths(-back);
            foreach (var registration in generator.Month(month.Year, month.Month))
            {
                dataset.TryAdd(registration.Irn, registration);
            }
        }

        return dataset;
    }

    private static DateTime TruncateToSeconds(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Kind);
}
