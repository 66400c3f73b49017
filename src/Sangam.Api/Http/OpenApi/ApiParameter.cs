using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Sangam.Api.Http.OpenApi;

/// <summary>
/// A query, path or header parameter as the OpenAPI document shows it. Handlers bind parameters as text so that a
/// bad value gets the contract's 400 naming the field; the document still shows the real type, the allowed values,
/// whether it is required, and an example.
/// </summary>
public sealed record ApiParameter(string Name, string Description, string Example)
{
    public ParameterLocation In { get; init; } = ParameterLocation.Query;

    public bool Required { get; init; }

    /// <summary>A whole number rather than text.</summary>
    public bool IsInteger { get; init; }

    /// <summary>The values it takes, when they are a fixed list.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>
    /// Left out of example requests (marked <see cref="ExampleDisabledExtension"/>): the parameter changes what the call
    /// does, such as a download in place of the JSON page, so a request tried as shown must not carry it.
    /// </summary>
    public bool OffInExamples { get; init; }

    public const string ExampleDisabledExtension = "x-example-disabled";

    public static ApiParameter Header(string name, string description, string example) =>
        new(name, description, example) { In = ParameterLocation.Header, Required = true };

    public static ApiParameter Path(string name, string description, string example) =>
        new(name, description, example) { In = ParameterLocation.Path, Required = true };

    public static ApiParameter WholeNumber(string name, string description, int example) =>
        new(name, description, example.ToString(System.Globalization.CultureInfo.InvariantCulture)) { IsInteger = true };

    internal OpenApiParameter ToOpenApi() => new()
    {
        Name = Name,
        In = In,
        Required = Required,
        Description = Description,
        Example = IsInteger ? JsonValue.Create(int.Parse(Example, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(Example),
        Schema = new OpenApiSchema
        {
            Type = IsInteger ? JsonSchemaType.Integer : JsonSchemaType.String,
            Format = IsInteger ? "int32" : null,
            Enum = Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
        },
        Extensions = OffInExamples ? new Dictionary<string, IOpenApiExtension> { [ExampleDisabledExtension] = new JsonNodeExtension(JsonValue.Create(true)) } : null,
    };
}

public static class ParameterDescription
{
    /// <summary>Describes the operation's parameters: replaces the generated ones of the same name and place, adds the others.</summary>
    public static RouteHandlerBuilder WithParameters(this RouteHandlerBuilder builder, params ApiParameter[] parameters) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in parameters)
            {
                var generated = operation.Parameters.FirstOrDefault(p =>
                    p.In == parameter.In && string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
                var index = generated is null ? operation.Parameters.Count : operation.Parameters.IndexOf(generated);
                if (generated is not null)
                {
                    operation.Parameters.RemoveAt(index);
                }

                operation.Parameters.Insert(index, parameter.ToOpenApi());
            }

            return Task.CompletedTask;
        });
}
