namespace Sangam.India.Tax;

/// <summary>Who holds a PAN, as its fourth character says. Each member's value is that character.</summary>
public enum PanHolderType
{
    /// <summary>A fourth character outside the published list.</summary>
    Unknown = 0,

    /// <summary>C: company.</summary>
    Company = 'C',

    /// <summary>P: individual person.</summary>
    Person = 'P',

    /// <summary>H: Hindu undivided family.</summary>
    HinduUndividedFamily = 'H',

    /// <summary>F: firm (including limited liability partnerships).</summary>
    Firm = 'F',

    /// <summary>A: association of persons.</summary>
    AssociationOfPersons = 'A',

    /// <summary>T: trust.</summary>
    Trust = 'T',

    /// <summary>B: body of individuals.</summary>
    BodyOfIndividuals = 'B',

    /// <summary>L: local authority.</summary>
    LocalAuthority = 'L',

    /// <summary>J: artificial juridical person.</summary>
    ArtificialJuridicalPerson = 'J',

    /// <summary>G: government.</summary>
    Government = 'G',
}
