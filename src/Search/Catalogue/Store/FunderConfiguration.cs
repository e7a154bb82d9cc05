using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plateforme.Search.Catalogue.Store;

internal sealed class FunderConfiguration : IEntityTypeConfiguration<Funder>
{
    public void Configure(EntityTypeBuilder<Funder> builder)
    {
        builder.ToTable("Funders");
        builder.HasKey(f => f.Slug);
        builder.Property(f => f.Slug).HasMaxLength(200);
        builder.Property(f => f.Name).HasMaxLength(300);
        builder.Property(f => f.Kind).HasMaxLength(32);
        builder.Property(f => f.Website).HasMaxLength(2048);
        builder.Property(f => f.Territory).HasMaxLength(32);
        builder.Property(f => f.IsProposed).HasDefaultValue(false);
    }
}
