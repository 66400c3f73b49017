using Spectre.Console.Cli;

namespace Sangam.Api.OperatorCli;

/// <summary>Lets the operator commands take services (the database, the administration services) in their constructors.</summary>
internal sealed class ServiceRegistrar(IServiceCollection services, IServiceProvider provider) : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<object>>> _registrations = [];
    private readonly IServiceCollection _services = services;
    private readonly IServiceProvider _provider = provider;

    public ITypeResolver Build() => new Resolver(this);

    public void Register(Type service, Type implementation) => Add(service, () => ActivatorUtilities.CreateInstance(_provider, implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory) => Add(service, factory);

    private void Add(Type service, Func<object> factory)
    {
        if (!_registrations.TryGetValue(service, out var factories))
        {
            _registrations[service] = factories = [];
        }

        factories.Add(factory);
    }

    private sealed class Resolver(ServiceRegistrar registrar) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (registrar._registrations.TryGetValue(type, out var factories))
            {
                return factories[^1]();
            }

            // Spectre asks for every implementation of some of its services (e.g. IEnumerable<IHelpProvider>).
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                var element = type.GetGenericArguments()[0];
                var all = registrar._registrations.GetValueOrDefault(element) ?? [];
                var array = Array.CreateInstance(element, all.Count);
                for (var i = 0; i < all.Count; i++)
                {
                    array.SetValue(all[i](), i);
                }

                return array;
            }

            return registrar._services.Any(d => d.ServiceType == type)
                ? registrar._provider.GetService(type)
                : ActivatorUtilities.CreateInstance(registrar._provider, type);
        }
    }
}
