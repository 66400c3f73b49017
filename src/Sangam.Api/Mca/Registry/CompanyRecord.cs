namespace Sangam.Api.Mca.Registry;

/// <summary>
/// The master-data columns of one company, validated and normalised: what an import or a live fetch writes to the
/// registry. <see cref="ContentHash"/> lets a re-import skip rows that did not change.
/// </summary>
public sealed record CompanyRecord
{
    private string? _nameKey;
    private long? _contentHash;

    public required string Cin { get; init; }

    public required string Name { get; init; }

    public string NameKey => _nameKey ??= CompanyNames.Key(Name);

    public string? RocCode { get; init; }

    public string? Category { get; init; }

    public string? SubCategory { get; init; }

    public string? CompanyClass { get; init; }

    public decimal? AuthorizedCapital { get; init; }

    public decimal? PaidUpCapital { get; init; }

    public DateOnly? IncorporationDate { get; init; }

    public string? RegisteredAddress { get; init; }

    public string? ListingStatus { get; init; }

    public string? Status { get; init; }

    public string? State { get; init; }

    public string? Origin { get; init; }

    public string? NicCode { get; init; }

    public string? Activity { get; init; }

    /// <summary>FNV-1a over every master-data column: equal records hash equal, a changed column (almost surely) does not.</summary>
    public long ContentHash => _contentHash ??= Hash();

    /// <summary>The words of the name the search index holds (<see cref="Search.CompanyNameIndex.Words"/>).</summary>
    public string SearchWords => Search.CompanyNameIndex.Words(NameKey);

    private long Hash()
    {
        var hash = 14695981039346656037UL;
        foreach (var value in (ReadOnlySpan<string?>)[
            Cin, Name, RocCode, Category, SubCategory, CompanyClass, Text(AuthorizedCapital), Text(PaidUpCapital),
            IncorporationDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), RegisteredAddress,
            ListingStatus, Status, State, Origin, NicCode, Activity])
        {
            foreach (var c in value ?? "\0")
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ 0x1F) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    /// <summary>A registry row with these columns (the columns only richer sources fill stay empty).</summary>
    public Company ToCompany(CompanySource source, DateTimeOffset now) => new()
    {
        Cin = Cin,
        Name = Name,
        NameKey = NameKey,
        RocCode = RocCode,
        Category = Category,
        SubCategory = SubCategory,
        CompanyClass = CompanyClass,
        AuthorizedCapital = AuthorizedCapital,
        PaidUpCapital = PaidUpCapital,
        IncorporationDate = IncorporationDate,
        RegisteredAddress = RegisteredAddress,
        ListingStatus = ListingStatus,
        Status = Status,
        State = State,
        Origin = Origin,
        NicCode = NicCode,
        Activity = Activity,
        Source = source,
        ContentHash = ContentHash,
        UpdatedAt = now,
    };

    private static string? Text(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
