using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Security;

/// <summary>Reads the signed-in person's structure positions once per request (a role given or removed counts at once).</summary>
internal sealed class StructureClaimsTransformation(StructureService structures) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        // Called more than once per request: the marker identity says it is done.
        if (principal.UserId() is not { } userId || principal.Identities.Any(i => i.AuthenticationType == StructureClaims.IdentityType)) return principal;
        var positions = await structures.PositionsOfAsync(userId).ConfigureAwait(false);
        var copy = principal.Clone();
        copy.AddIdentity(new ClaimsIdentity(positions.Select(p => new Claim(StructureClaims.Type, StructureClaims.Encode(p))), StructureClaims.IdentityType));
        return copy;
    }
}
