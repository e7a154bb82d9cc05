using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plateforme.Search.Outbox;

internal sealed class IndexOutboxEntryConfiguration : IEntityTypeConfiguration<IndexOutboxEntry>
{
    public void Configure(EntityTypeBuilder<IndexOutboxEntry> builder)
    {
        // No foreign key to the call: the row must outlive a deleted call so the index forgets it too.
        builder.ToTable("IndexOutbox");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
    }
}
