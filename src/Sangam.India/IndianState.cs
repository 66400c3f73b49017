namespace Sangam.India;

/// <summary>A state or union territory as GST numbers it.</summary>
/// <param name="Code">The GST state code (1-38, 97), the first two digits of a GSTIN.</param>
/// <param name="GstCode">The same code as the two digits that appear on documents, e.g. "07".</param>
/// <param name="Name">The official name.</param>
/// <param name="VehicleCode">
/// The two letters that start a vehicle registration or driving licence issued there today,
/// or null where none is issued (code 97, and codes kept only for pre-merger documents).
/// </param>
public sealed record IndianState(int Code, string GstCode, string Name, string? VehicleCode)
{
    /// <inheritdoc />
    public override string ToString() => $"{GstCode} {Name}";
}
