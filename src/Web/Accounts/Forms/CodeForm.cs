using System.ComponentModel.DataAnnotations;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Accounts.Forms;

public sealed class CodeForm
{
    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.CodeRequired))]
    [MaxLength(20)]
    public string Code { get; set; } = "";
}
