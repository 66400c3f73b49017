namespace Sangam.Api.Connectors.Operators;

/// <summary>
/// The operators this server can ask, in the order a new number is offered to them: the operator of a number cannot
/// be derived from its digits (numbers are portable), so the first one that accepts the consent request serves it.
/// </summary>
public sealed class OperatorDirectory(IEnumerable<IOperatorConnector> connectors)
{
    public IReadOnlyList<IOperatorConnector> All { get; } = [.. connectors];

    public IOperatorConnector? Find(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
