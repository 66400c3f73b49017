namespace Sangam.Testing;

/// <summary>
/// The trait that keeps a test class out of the second run on PostgreSQL: <c>[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]</c>
/// marks classes whose subject is not the database (the upstream wire: replays, emulators, faults and breakers; HTTP
/// plumbing: envelopes, OpenAPI, logs, metrics, forwarded headers, start-up refusals; OCR uploads) and whose only
/// database work is what every request does (sign-in, metering), which the other classes check on both databases.
/// </summary>
public static class DatabaseUse
{
    public const string Trait = "Database";

    public const string Incidental = "incidental";
}
