using System.Net;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>Its own application: the limit is low here, and must not run out under the other account tests.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly AccountsApp app = new(new Dictionary<string, string?> { ["Accounts:RateLimit:PermitLimit"] = "3" });

    [Theory]
    [InlineData("/compte/connexion", "sign-in-form")]
    [InlineData("/compte/inscription", "sign-up-form")]
    [InlineData("/compte/mot-de-passe-oublie", "forgot-form")]
    public async Task Posting_a_form_too_often_is_answered_429_in_French(string path, string form)
    {
        using var visitor = app.NewVisitor();
        var fields = new Dictionary<string, string> { ["Input.Email"] = "quelqu-un@exemple.fr", ["Input.Password"] = "mot-de-passe-1", ["Input.DisplayName"] = "Quelqu'un", ["Input.ConfirmPassword"] = "mot-de-passe-1" };
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await visitor.SubmitAsync(path, form, fields)).Status);

        var refused = await visitor.SubmitAsync(path, form, fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Trop de tentatives depuis votre connexion. Patientez une minute avant de réessayer.", refused.Text);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(path)).Status);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
