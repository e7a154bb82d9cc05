using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Moderation.Calls;

/// <summary>Who proposed a change, in French: a source by its name, an organisation as the call's funder or relay, never a raw code.</summary>
public static class ActorLabels
{
    public static string Of(string actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.StartsWith("crawler:", StringComparison.Ordinal)) return string.Format(FrenchFormat.Culture, CallsTrueText.ActorSource, actor["crawler:".Length..]);
        if (actor.StartsWith("organisation:", StringComparison.Ordinal)) return CallsTrueText.ActorOrganisation;
        return actor;
    }
}
