namespace Sangam.Api.Http.Errors;

public static class ErrorDocumentation
{
    /// <summary>Documents the error statuses (in the envelope) an endpoint can answer besides 400/401/403/429.</summary>
    public static TBuilder ProducesErrors<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ErrorEnvelope), ["application/json"]));
        }

        return builder;
    }
}
