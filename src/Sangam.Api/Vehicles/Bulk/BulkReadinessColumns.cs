namespace Sangam.Api.Vehicles.Bulk;

/// <summary>
/// Where the vehicle number, licence number and date of birth sit in the rows of an upload. A first row that names
/// columns the way people head them (<c>Vehicle No.</c>, <c>vehiclenumber</c>, <c>DL Number</c>, <c>Date of Birth</c>,
/// in any case, spacing or punctuation) is a header, and other columns are ignored; without one the columns are, in
/// order, vehicle number, licence number and date of birth.
/// </summary>
internal sealed record BulkReadinessColumns(int Vehicle, int? Licence, int? DateOfBirth)
{
    public static readonly BulkReadinessColumns Positional = new(0, 1, 2);

    private enum Column
    {
        Vehicle,
        Licence,
        DateOfBirth,
    }

    // Keys are headings reduced to lower-case letters and digits.
    private static readonly Dictionary<string, Column> KnownHeadings = new(StringComparer.Ordinal)
    {
        ["vehiclenumber"] = Column.Vehicle, ["vehicleno"] = Column.Vehicle, ["vehicle"] = Column.Vehicle, ["vehicleregistrationnumber"] = Column.Vehicle,
        ["registrationnumber"] = Column.Vehicle, ["registrationno"] = Column.Vehicle, ["regno"] = Column.Vehicle, ["rcnumber"] = Column.Vehicle,
        ["rcno"] = Column.Vehicle, ["trucknumber"] = Column.Vehicle, ["truckno"] = Column.Vehicle, ["vehiclenum"] = Column.Vehicle,
        ["dlnumber"] = Column.Licence, ["dlno"] = Column.Licence, ["dl"] = Column.Licence, ["licencenumber"] = Column.Licence,
        ["licensenumber"] = Column.Licence, ["licenceno"] = Column.Licence, ["licenseno"] = Column.Licence, ["drivinglicence"] = Column.Licence,
        ["drivinglicense"] = Column.Licence, ["drivinglicencenumber"] = Column.Licence, ["drivinglicensenumber"] = Column.Licence,
        ["drivinglicenceno"] = Column.Licence, ["drivinglicenseno"] = Column.Licence, ["driverdlnumber"] = Column.Licence, ["driverdlno"] = Column.Licence,
        ["dob"] = Column.DateOfBirth, ["dateofbirth"] = Column.DateOfBirth, ["birthdate"] = Column.DateOfBirth, ["driverdob"] = Column.DateOfBirth,
        ["driverdateofbirth"] = Column.DateOfBirth,
    };

    /// <summary>The columns a header row names; null when the row is not a header (it names no known column).</summary>
    public static BulkReadinessColumns? FromHeader(IReadOnlyList<string> header, out string? problem)
    {
        problem = null;
        var found = new Dictionary<Column, int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (KnownHeadings.TryGetValue(Reduce(header[i]), out var column))
            {
                found.TryAdd(column, i);
            }
        }

        if (found.Count == 0)
        {
            return null;
        }

        if (!found.TryGetValue(Column.Vehicle, out var vehicle))
        {
            problem = "The header row names no vehicle number column (e.g. \"vehiclenumber\" or \"Vehicle No.\").";
            return null;
        }

        return new BulkReadinessColumns(vehicle, Index(found, Column.Licence), Index(found, Column.DateOfBirth));
    }

    /// <summary>The field in <paramref name="index"/>, trimmed; empty when the row is shorter.</summary>
    public static string Field(IReadOnlyList<string> fields, int? index) => index is { } i && i < fields.Count ? fields[i].Trim() : "";

    private static int? Index(Dictionary<Column, int> found, Column column) => found.TryGetValue(column, out var index) ? index : null;

    private static string Reduce(string heading) => string.Concat(heading.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
}
