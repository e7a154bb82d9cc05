using System.ComponentModel.DataAnnotations;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Alerts;

public sealed class AlertForm
{
    [Required(ErrorMessageResourceType = typeof(AlertText), ErrorMessageResourceName = nameof(AlertText.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(AlertText), ErrorMessageResourceName = nameof(AlertText.EmailFormat))]
    [StringLength(320, ErrorMessageResourceType = typeof(AlertText), ErrorMessageResourceName = nameof(AlertText.EmailFormat))]
    public string Email { get; set; } = "";

    public AlertFrequency Frequency { get; set; } = AlertFrequency.Weekly;
}
