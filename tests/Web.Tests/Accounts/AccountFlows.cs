using System.Net;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>Steps several tests share: a confirmed account, made through the pages and the e-mailed link.</summary>
public static class AccountFlows
{
    public const string Password = "un-mot-de-passe-1";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@exemple.fr";

    public static Task<AccountClient.Page> SignUpAsync(this AccountClient visitor, string email, string displayName = "Camille Martin", string password = Password) =>
        visitor.SubmitAsync("/compte/inscription", "sign-up-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = displayName,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    /// <summary>Opens the e-mailed confirmation link and presses « Confirmer mon adresse ».</summary>
    public static Task<AccountClient.Page> ConfirmEmailAsync(this AccountClient visitor, string link) =>
        visitor.SubmitAsync(link, "confirm-email-form", new Dictionary<string, string>());

    /// <summary>Signs up, follows the confirmation link of the e-mail, and returns a signed-in visitor.</summary>
    public static async Task<AccountClient> SignedInMemberAsync(this AccountsApp app, string email, string displayName = "Camille Martin")
    {
        var visitor = app.NewVisitor();
        await visitor.SignUpAsync(email, displayName);
        var mail = await app.Mailbox.SingleAsync(email, "Confirmez votre adresse e-mail");
        var confirmed = await visitor.ConfirmEmailAsync(Mailbox.LinkTo(mail, "/compte/confirmer").PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        await visitor.SignInAsync(email, Password);
        return visitor;
    }
}
