using System.ComponentModel.DataAnnotations;
using Plateforme.Accounts.Organisations;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Accounts.Forms;

public sealed class OrganisationForm
{
    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.OrganisationNameRequired))]
    [MaxLength(200)]
    public string Name { get; set; } = "";

    public OrganisationKind Kind { get; set; } = OrganisationKind.Association;

    public string Identifier { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AccountUi), ErrorMessageResourceName = nameof(AccountUi.AddressRequired))]
    [MaxLength(500)]
    public string Address { get; set; } = "";

    public string Territory { get; set; } = "";
}
