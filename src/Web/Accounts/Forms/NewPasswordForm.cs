using System.ComponentModel.DataAnnotations;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Accounts.Forms;

public sealed class NewPasswordForm
{
    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.PasswordRequired))]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.PasswordsDiffer))]
    public string ConfirmPassword { get; set; } = "";
}
