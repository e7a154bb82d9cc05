namespace Plateforme.Crawler.Extraction.Amounts;

/// <summary>What an amount or a rate is, read from the words around it.</summary>
internal enum AmountRole
{
    /// <summary>No telling word: an aid amount, read as the most a project gets.</summary>
    Unknown,
    Minimum,
    Maximum,
    Envelope,

    /// <summary>The project's own budget, a VAT rate, a required self-financing share: not the aid.</summary>
    Ignored,
}
