namespace Sangam.India.EInvoicing;

/// <summary>The kind of document an IRN is generated for (NIC <c>DocTyp</c>).</summary>
public enum EInvoiceDocumentType
{
    /// <summary>INV: tax invoice.</summary>
    Invoice = 1,

    /// <summary>CRN: credit note.</summary>
    CreditNote = 2,

    /// <summary>DBN: debit note.</summary>
    DebitNote = 3,
}
