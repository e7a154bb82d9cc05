using System.ComponentModel.DataAnnotations;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Accounts.Forms;

public sealed class PasswordForm
{
    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.PasswordRequired))]
    public string Password { get; set; } = "";
}
