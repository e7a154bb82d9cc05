using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Photos;
using Plateforme.Lending.Supporters;

namespace Plateforme.Lending.Store;

/// <summary>Tables of the dashboards: carriers' messages to supporters and campaign photos.</summary>
internal static class DashboardModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<SupporterMessage>(message =>
        {
            message.ToTable("SupporterMessages");
            message.HasKey(m => m.Id);
            message.Property(m => m.AuthorUserId).HasMaxLength(100);
            message.Property(m => m.Text).HasMaxLength(SupporterMessageService.MaxLength);
            message.HasOne<Campaign>().WithMany().HasForeignKey(m => m.CampaignId);
            message.HasIndex(m => new { m.CampaignId, m.CreatedAt });
        });

        model.Entity<CampaignPhoto>(photo =>
        {
            photo.ToTable("CampaignPhotos");
            photo.HasKey(p => p.Id);
            photo.Property(p => p.ContentType).HasMaxLength(20);
            photo.Property(p => p.AltText).HasMaxLength(200);
            photo.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId);
            photo.HasIndex(p => new { p.CampaignId, p.UploadedAt });
        });
    }
}
