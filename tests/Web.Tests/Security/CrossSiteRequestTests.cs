using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Security;

/// <summary>
/// Every route of the running application that accepts POST, PUT, DELETE or PATCH refuses a request without an
/// antiforgery token, even from a signed-in administrator's browser (its cookie is what a cross-site form would
/// carry): a route added later without the check makes this test fail.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class CrossSiteRequestTests(AccountsApp app)
{
    private static readonly string[] Unsafe = ["POST", "PUT", "DELETE", "PATCH"];

    // Routes that are no browser session's: the reason each one needs no antiforgery token.
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        // RFC 8058: the mail client posts without cookies; the unguessable token in the address is the proof.
        ["/alertes/desabonnement/un-clic"] = "one-click unsubscribe",
    };

    [Fact]
    public async Task Every_state_changing_route_refuses_a_request_without_an_antiforgery_token()
    {
        using var admin = app.NewVisitor();
        await admin.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        var routes = StateChangingRoutes();
        var accepted = new List<string>();

        foreach (var (method, path) in routes)
        {
            // Multipart: what a cross-site form can send, and the only form type the photo upload accepts.
            using var content = new MultipartFormDataContent { { new StringContent("formulaire"), "_handler" }, { new StringContent("valeur"), "texte" } };
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = content };
            using var response = await admin.Http.SendAsync(request);
            if (!IsRefusal(response))
            {
                var body = await response.Content.ReadAsStringAsync();
                accepted.Add($"{method} {path} → {(int)response.StatusCode} {response.Headers.Location} {body[..Math.Min(body.Length, 300)]}");
            }
        }

        Assert.True(routes.Count > 20, $"Only {routes.Count} routes were found: {string.Join(", ", routes)}");
        Assert.Contains(("POST", "/prets/photos/0199b1a0-0000-7000-8000-000000000001/retirer"), routes);
        Assert.True(accepted.Count == 0, "Accepted without an antiforgery token:" + Environment.NewLine + string.Join(Environment.NewLine, accepted));
        var stillSignedIn = await admin.GetAsync("/admin/comptes");
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.Status);
    }

    private List<(string Method, string Path)> StateChangingRoutes()
    {
        var endpoints = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<(string, string)>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            // Blazor's SignalR connection (negotiate, disconnect): no application state, a circuit needs a page's descriptor.
            if (pattern.StartsWith("/_blazor", StringComparison.Ordinal) || Exempt.ContainsKey(pattern)) continue;
            // An endpoint without HTTP method metadata answers every method.
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? Unsafe;
            foreach (var method in methods.Where(m => Unsafe.Contains(m, StringComparer.OrdinalIgnoreCase)))
            {
                routes.Add((method.ToUpperInvariant(), Concrete(endpoint.RoutePattern)));
            }
        }
        return [.. routes.Distinct()];
    }

    /// <summary>The pattern with a value for each parameter that satisfies its constraints.</summary>
    private static string Concrete(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Value(pattern, parameter),
            _ => "",
        })));
        return "/" + string.Join('/', segments.Where(s => s.Length > 0));
    }

    private static string Value(RoutePattern pattern, RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "")
            .Concat(pattern.ParameterPolicies.TryGetValue(parameter.Name, out var policies) ? policies.Select(p => p.Content ?? "") : []);
        foreach (var constraint in constraints)
        {
            if (constraint.StartsWith("guid", StringComparison.OrdinalIgnoreCase)) return "0199b1a0-0000-7000-8000-000000000001";
            if (constraint.StartsWith("int", StringComparison.OrdinalIgnoreCase) || constraint.StartsWith("long", StringComparison.OrdinalIgnoreCase)) return "1";
        }
        return "inconnu";
    }

    /// <summary>400 or 403, or the preference form's own refusal: back to the form with its « expired » notice.</summary>
    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther
            && response.Headers.Location?.OriginalString.EndsWith("?expire=1", StringComparison.Ordinal) == true);
}
