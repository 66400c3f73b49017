namespace Sangam.Client.Tests;

/// <summary>
/// Test classes that import master data into the shared server's registry: a server runs one import at a time and
/// answers 409 to another, so these classes take turns instead of running side by side.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RegistryImports
{
    public const string Name = "registry imports";
}
