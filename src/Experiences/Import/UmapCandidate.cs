using Plateforme.Experiences.Sheets;

namespace Plateforme.Experiences.Import;

/// <summary>One feature of a uMap export as a draft to be: its input, and the published or drafted sheet it may duplicate.</summary>
public sealed record UmapCandidate(int Position, ExperienceInput Input, Experience? Duplicate, IReadOnlyList<string> Problems);
