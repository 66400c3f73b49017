namespace Sangam.Testing;

/// <summary>
/// The trait that keeps a test class out of the second run on PostgreSQL: <c>[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]</c>
/// marks classes whose only database work is what every request does (metering), which the other classes already
/// check on both databases.
/// </summary>
public static class DatabaseUse
{
    public const string Trait = "Database";

    public const string Incidental = "incidental";
}
