using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Sangam.India.EInvoicing;

namespace Sangam.Api.EInvoices;

/// <summary>Configuration section <c>EInvoices</c>.</summary>
public sealed class EInvoiceOptions
{
    public const string Section = "EInvoices";

    /// <summary>
    /// A folder of extra public keys NIC signs with: <c>&lt;KID&gt;.pem</c> by kid, any other <c>*.pem</c> tried for
    /// unknown kids. NIC's published keys are built in.
    /// </summary>
    public string? KeyFolder { get; set; }

    /// <summary>IRP responses one import request may carry.</summary>
    [Range(1, 10_000)]
    public int MaxImportItems { get; set; } = 1000;
}

/// <summary>A configured key folder must exist and hold only usable keys, so a bad one fails at start-up, not on a request.</summary>
internal sealed class EInvoiceOptionsValidation : IValidateOptions<EInvoiceOptions>
{
    public ValidateOptionsResult Validate(string? name, EInvoiceOptions options)
    {
        if (options.KeyFolder is not { } folder)
        {
            return ValidateOptionsResult.Success;
        }

        if (!Directory.Exists(folder))
        {
            return ValidateOptionsResult.Fail($"EInvoices:KeyFolder '{folder}' does not exist.");
        }

        try
        {
            using var probe = new NicKeyStore();
            probe.LoadFolder(folder);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"EInvoices:KeyFolder: {e.Message}");
        }
    }
}
