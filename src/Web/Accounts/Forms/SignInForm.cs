using System.ComponentModel.DataAnnotations;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Accounts.Forms;

public sealed class SignInForm
{
    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.EmailRequired))]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.PasswordRequired))]
    public string Password { get; set; } = "";

    public bool Remember { get; set; }
}
