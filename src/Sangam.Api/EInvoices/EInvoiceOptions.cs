using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting;

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
    public ValidateOptionsResult Validate(string? name, EInvoiceOptions options) =>
        NicKeys.ValidateFolder(options.KeyFolder, $"{EInvoiceOptions.Section}:{nameof(EInvoiceOptions.KeyFolder)}");
}
