using System.ComponentModel.DataAnnotations;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Accounts.Forms;

public sealed class SignUpForm
{
    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.EmailInvalid))]
    [MaxLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.DisplayNameRequired))]
    [MaxLength(100, ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.DisplayNameTooLong))]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.PasswordRequired))]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.PasswordsDiffer))]
    public string ConfirmPassword { get; set; } = "";
}
