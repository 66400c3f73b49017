namespace Sangam.Ocr.Corpus.Documents;

/// <summary>The invoice designs the corpus can draw; real invoices vary this much and more.</summary>
public enum InvoiceLayout
{
    /// <summary>Accounting-package style: supplier top-left, details in label: value pairs, Bill To / Ship To side by side.</summary>
    Classic,

    /// <summary>Letterhead style: centred supplier, labels above values, a differently worded table and totals.</summary>
    Modern,
}
