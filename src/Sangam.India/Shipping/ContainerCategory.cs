namespace Sangam.India.Shipping;

/// <summary>The ISO 6346 equipment category, the fourth letter of a container number. Each member's value is that letter.</summary>
public enum ContainerCategory
{
    /// <summary>U: freight container.</summary>
    FreightContainer = 'U',

    /// <summary>J: detachable freight-container-related equipment.</summary>
    DetachableEquipment = 'J',

    /// <summary>Z: trailer or chassis.</summary>
    TrailerOrChassis = 'Z',
}
