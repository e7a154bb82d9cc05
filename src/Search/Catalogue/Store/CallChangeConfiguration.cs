using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plateforme.Search.Catalogue.Store;

internal sealed class CallChangeConfiguration : IEntityTypeConfiguration<CallChange>
{
    public void Configure(EntityTypeBuilder<CallChange> builder)
    {
        builder.ToTable("CallChanges");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Actor).HasMaxLength(200);
        builder.Property(h => h.Kind).HasMaxLength(16);
        builder.HasIndex(h => new { h.CallId, h.At });
    }
}
