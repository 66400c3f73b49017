namespace Sangam.Api.Http.Input;

/// <summary>
/// Marks an endpoint whose JSON strings may be longer than <see cref="InputLimits.MaxTextLength"/>: signed documents
/// (an e-invoice's signed JWS runs to hundreds of kilobytes). The request body limit still bounds them, and the other
/// text rules still apply.
/// </summary>
public sealed class LongTextMetadata
{
    public static LongTextMetadata Instance { get; } = new();

    private LongTextMetadata()
    {
    }
}

public static class LongTextEndpointExtensions
{
    /// <inheritdoc cref="LongTextMetadata"/>
    public static TBuilder AcceptsLongText<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(LongTextMetadata.Instance);
}
