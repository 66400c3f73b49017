using System.Globalization;

namespace Sangam.Ocr.Corpus.Truth;

/// <summary>One container released by a delivery order.</summary>
public sealed record ContainerLine(string Number, string SizeType, string SealNumber, int Packages, decimal GrossWeightKg);

/// <summary>A shipping line's delivery order, and what a reader should extract from it.</summary>
public sealed record DeliveryOrderTruth
{
    public required string ShippingLine { get; init; }

    public required string DoNumber { get; init; }

    public required DateOnly DoDate { get; init; }

    public required DateOnly ValidTill { get; init; }

    public required string BlNumber { get; init; }

    public required string VesselName { get; init; }

    public required string VoyageNumber { get; init; }

    public required string IgmNumber { get; init; }

    public required DateOnly IgmDate { get; init; }

    public required string LineNumber { get; init; }

    public required string PortOfDischarge { get; init; }

    public required string CfsName { get; init; }

    public required string ConsigneeName { get; init; }

    public required string ChaName { get; init; }

    public required IReadOnlyList<ContainerLine> Containers { get; init; }

    public int Packages => Containers.Sum(container => container.Packages);

    public decimal GrossWeightKg => Containers.Sum(container => container.GrossWeightKg);

    public IReadOnlyDictionary<string, string> ExpectedFields => new Dictionary<string, string>
    {
        ["do_number"] = DoNumber,
        ["do_date"] = InvoiceTruth.Date(DoDate),
        ["do_valid_till"] = InvoiceTruth.Date(ValidTill),
        ["bl_number"] = BlNumber,
        ["vessel_name"] = VesselName,
        ["voyage_number"] = VoyageNumber,
        ["igm_number"] = IgmNumber,
        ["igm_date"] = InvoiceTruth.Date(IgmDate),
        ["line_number"] = LineNumber,
        ["port_of_discharge"] = PortOfDischarge,
        ["cfs_name"] = CfsName,
        ["consignee_name"] = ConsigneeName,
        ["cha_name"] = ChaName,
        ["shipping_line"] = ShippingLine,
        ["container_numbers"] = string.Join(", ", Containers.Select(container => container.Number)),
        ["no_of_packages"] = Packages.ToString(CultureInfo.InvariantCulture),
        ["gross_weight"] = InvoiceTruth.Money(GrossWeightKg),
    };
}
