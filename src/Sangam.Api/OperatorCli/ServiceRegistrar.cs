using Spectre.Console.Cli;

namespace Sangam.Api.OperatorCli;

/// <summary>Lets the operator commands take services (the database, the administration services) in their constructors.</summary>
internal sealed class ServiceRegistrar(IServiceCollection services, IServiceProvider provider) : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> _registrations = [];
    private readonly IServiceCollection _services = services;
    private readonly IServiceProvider _provider = provider;

    public ITypeResolver Build() => new Resolver(this);

    public void Register(Type service, Type implementation) => _registrations[service] = () => ActivatorUtilities.CreateInstance(_provider, implementation);

    public void RegisterInstance(Type service, object implementation) => _registrations[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory) => _registrations[service] = factory;

    private sealed class Resolver(ServiceRegistrar registrar) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (registrar._registrations.TryGetValue(type, out var factory))
            {
                return factory();
            }

            return registrar._services.Any(d => d.ServiceType == type)
                ? registrar._provider.GetService(type)
                : ActivatorUtilities.CreateInstance(registrar._provider, type);
        }
    }
}
